package org.eksaath.genderhub.directory;

/** Kinds of service provider a case can be referred to. */
public enum ProviderCategory {

	/** Police station or women's help desk. */
	POLICE,
	/** One Stop Centre (Sakhi). */
	ONE_STOP_CENTRE, HOSPITAL,
	/** District Legal Services Authority and other legal aid. */
	LEGAL_AID, SHELTER,
	/** Protection Officer under the PWDVA. */
	PROTECTION_OFFICER,
	/** DCPU or Childline 1098. */
	CHILD_PROTECTION, COUNSELLING, HELPLINE

}

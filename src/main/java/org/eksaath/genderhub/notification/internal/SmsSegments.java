package org.eksaath.genderhub.notification.internal;

/**
 * Counts SMS segments the way carriers do: GSM-7 text takes 160 characters in one segment
 * or 153 per segment when split (characters of the extension table count twice); anything
 * else (Hindi in Devanagari) is UCS-2: 70 UTF-16 units, or 67 per segment.
 */
public final class SmsSegments {

	private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM7_EXTENSION = "\f^{}\\[~]|€";

	/** The encoding a text needs. */
	public enum Encoding {

		GSM7, UCS2

	}

	/**
	 * @param encoding encoding the text needs
	 * @param units septets (GSM-7) or UTF-16 units (UCS-2)
	 * @param segments number of segments
	 */
	public record Count(Encoding encoding, int units, int segments) {
	}

	private SmsSegments() {
	}

	public static Count count(String text) {
		int septets = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (GSM7_BASIC.indexOf(c) >= 0) {
				septets += 1;
			}
			else if (GSM7_EXTENSION.indexOf(c) >= 0) {
				septets += 2;
			}
			else {
				int units = text.length();
				return new Count(Encoding.UCS2, units, segments(units, 70, 67));
			}
		}
		return new Count(Encoding.GSM7, septets, segments(septets, 160, 153));
	}

	public static boolean isGsm7(String text) {
		return count(text).encoding() == Encoding.GSM7;
	}

	private static int segments(int units, int single, int perPart) {
		if (units <= single) {
			return 1;
		}
		return (units + perPart - 1) / perPart;
	}

}

package org.eksaath.genderhub.directory.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compares place names as a Saathi types them on a basic phone: case, spaces, dots and
 * hyphens do not count, nor the Devanagari marks that are often left out (nukta,
 * chandrabindu for anusvara); a few typing mistakes are forgiven by edit distance.
 */
final class PlaceNames {

	private PlaceNames() {
	}

	/** The comparable form of a name: lower case letters and Devanagari only. */
	static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String text = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u093C') {
				continue; // nukta
			}
			if (c == '\u0901') {
				c = '\u0902'; // chandrabindu typed as anusvara
			}
			if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
					|| Character.getType(c) == Character.COMBINING_SPACING_MARK) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** How many typing mistakes a name of this length may carry and still match. */
	static int tolerance(int length) {
		if (length <= 4) {
			return 0;
		}
		return (length <= 7) ? 1 : 2;
	}

	/**
	 * Levenshtein distance, giving up (returning {@code limit + 1}) once it exceeds the
	 * limit.
	 */
	static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}

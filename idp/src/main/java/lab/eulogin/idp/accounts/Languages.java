package lab.eulogin.idp.accounts;

import java.util.List;
import java.util.Locale;

/** The languages in which EU Login writes its pages and e-mails here (FAQ ACC-14). */
public final class Languages {
    public static final List<String> SUPPORTED = List.of("en", "fr", "de");
    public static final String DEFAULT = "en";

    private Languages() {
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.contains(tag);
    }

    /**
     * The supported language a browser asks for first in its {@code Accept-Language} ("fr-FR,fr;q=0.9"
     * gives fr), or English when it asks for none of them, or sends nothing readable.
     */
    public static String preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? DEFAULT : match;
        } catch (IllegalArgumentException unreadable) {
            return DEFAULT;
        }
    }
}

package lab.eulogin.idp.accounts;

import java.util.List;
import java.util.Locale;

/** The languages in which EU Login writes its pages and e-mails here (FAQ ACC-14). */
public final class Languages {
    public static final List<String> SUPPORTED = List.of("en", "fr", "de");

    private Languages() {
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.contains(tag);
    }

    public static Locale localeOr(String tag, Locale fallback) {
        return isSupported(tag) ? Locale.forLanguageTag(tag) : fallback;
    }
}

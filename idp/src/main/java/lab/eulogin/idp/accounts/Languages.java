package lab.eulogin.idp.accounts;

import java.util.List;

/** The languages in which EU Login writes its pages and e-mails here (FAQ ACC-14). */
public final class Languages {
    public static final List<String> SUPPORTED = List.of("en", "fr", "de");

    private Languages() {
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.contains(tag);
    }
}

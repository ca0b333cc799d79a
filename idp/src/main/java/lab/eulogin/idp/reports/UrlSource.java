package lab.eulogin.idp.reports;

import java.util.Optional;

/** "The source of the URL used (e-mail, link to a website, bookmark, etc.)", as the helpdesk asks it. */
public enum UrlSource {
    BOOKMARK, EMAIL_LINK, WEBSITE_LINK, TYPED, OTHER;

    public static Optional<UrlSource> parse(String value) {
        for (UrlSource source : values()) {
            if (source.name().equals(value)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}

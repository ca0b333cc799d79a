package lab.eulogin.idp.services;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Which addresses belong to a registered service: those starting with a prefix, or matching a regex whole. */
public sealed interface ServicePattern {

    boolean matches(String url);

    /**
     * A prefix must name a path ({@code https://host/app/}), so that {@code https://host.evil.eu}
     * cannot pass for {@code https://host}.
     */
    record Prefix(String prefix) implements ServicePattern {
        public Prefix {
            URI uri;
            try {
                uri = new URI(prefix);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not an address: " + prefix);
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
                throw new IllegalArgumentException(
                        "a prefix must be an http(s) address with a path, such as https://host/app/: " + prefix);
            }
        }

        @Override
        public boolean matches(String url) {
            return url.startsWith(prefix);
        }
    }

    record Regex(Pattern pattern) implements ServicePattern {
        @Override
        public boolean matches(String url) {
            return pattern.matcher(url).matches();
        }
    }
}

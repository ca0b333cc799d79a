package lab.eulogin.idp.services;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Which addresses belong to a registered service: one exact address, those starting with a prefix,
 * or those matching a regex whole.
 */
public sealed interface ServicePattern {

    boolean matches(String url);

    /**
     * That address and no other, compared as plain strings (RFC 9700, 2.1 and 4.1.3: a redirect URI
     * is matched exactly, so that no address near the registered one, under the same path or with
     * another query, can receive a code). It must be absolute http(s) and carry no fragment, which
     * a redirect URI may not have (RFC 6749, 3.1.2).
     */
    record Exact(String address) implements ServicePattern {
        public Exact {
            URI uri;
            try {
                uri = address == null ? null : new URI(address);
            } catch (URISyntaxException e) {
                uri = null;
            }
            if (uri == null || !ServiceRegistry.plainAddress(address) || uri.getHost() == null
                    || uri.getRawFragment() != null || address.contains("#")) {
                throw new IllegalArgumentException(
                        "an exact address must be an absolute http(s) address without a fragment, such as "
                                + "https://host/app/callback: " + address);
            }
        }

        @Override
        public boolean matches(String url) {
            return address.equals(url);
        }
    }

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

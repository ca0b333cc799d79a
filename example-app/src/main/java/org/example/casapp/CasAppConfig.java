package org.example.casapp;

/**
 * How the application starts.
 *
 * @param host               the interface it binds to (127.0.0.1)
 * @param port               its port (8080; 0 takes a free one)
 * @param casServerUrlPrefix EU Login's address with /cas, e.g. https://ecas.ec.europa.eu/cas, or a lab's
 */
public record CasAppConfig(String host, int port, String casServerUrlPrefix) {

    /** Read from the environment: CAS_SERVER_URL_PREFIX (required), APP_HOST, APP_PORT. */
    public static CasAppConfig fromEnvironment() {
        String cas = System.getenv("CAS_SERVER_URL_PREFIX");
        if (cas == null || cas.isBlank()) {
            throw new IllegalArgumentException("Set CAS_SERVER_URL_PREFIX to EU Login's address with /cas");
        }
        String port = System.getenv().getOrDefault("APP_PORT", "8080");
        try {
            return new CasAppConfig(System.getenv().getOrDefault("APP_HOST", "127.0.0.1"), Integer.parseInt(port), cas);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("APP_PORT must be a port number, not '" + port + "'");
        }
    }
}

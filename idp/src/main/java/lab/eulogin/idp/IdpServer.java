package lab.eulogin.idp;

import lab.eulogin.idp.clock.LabClock;

/** The EU Login stand-in: pages, CAS protocol, accounts and second factors. */
public final class IdpServer implements AutoCloseable {
    private final IdpConfig config;

    private IdpServer(IdpConfig config) {
        this.config = config;
    }

    public static IdpServer start(IdpConfig config, LabClock clock) {
        return new IdpServer(config);
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int port() { return config.port(); }

    public String baseUrl() {
        return "http://" + config.host() + ":" + port();
    }

    @Override
    public void close() {
    }
}

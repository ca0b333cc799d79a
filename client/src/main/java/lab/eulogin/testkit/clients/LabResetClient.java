package lab.eulogin.testkit.clients;

import java.util.Map;

/**
 * The IdP's {@code POST /__lab/reset}: no accounts, support staff, problem reports, sessions or
 * tickets, and the lab clock back to real time. The emulators have their own reset
 * ({@code SmsApiClient.reset()}, {@code MailApiClient.reset()}).
 */
public final class LabResetClient {
    private final LabHttp http;

    public LabResetClient(String idpUrl) {
        this.http = new LabHttp(idpUrl);
    }

    public void reset() {
        http.post("/__lab/reset", Map.of(), 200);
    }
}

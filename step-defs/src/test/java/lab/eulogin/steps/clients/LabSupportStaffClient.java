package lab.eulogin.steps.clients;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** The IdP's {@code /__lab/support-staff}: support console accounts, made as configuration makes them. */
public final class LabSupportStaffClient {
    private final URI address;
    private final HttpClient http = HttpClient.newHttpClient();

    public LabSupportStaffClient(String idpUrl) {
        this.address = URI.create(idpUrl + "/__lab/support-staff");
    }

    /** @param role VIEWER or AGENT */
    public void create(String login, String name, String role, String password) {
        String form = Map.of("login", login, "name", name, "role", role, "password", password).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(address)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST " + address + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("The IdP at " + address + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + address, e);
        }
    }
}

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

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The IdP's {@code /__lab/accounts} endpoints: accounts made as the operator makes them (of a
 * kind, with an old password, a legacy user name, locked), the helpdesk's unlock, and a mobile
 * device's enrolment started as on the PC.
 */
public final class LabAccountsClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    public LabAccountsClient(String idpUrl) {
        this.base = idpUrl + "/__lab/accounts";
    }

    /** Makes an account from the endpoint's fields (email, password, kind, passwordAge, ...). */
    public void create(Map<String, String> fields) {
        post(base, fields, 201);
    }

    public void unlock(String email) {
        post(base + "/unlock", Map.of("email", email), 200);
    }

    /** "Add a mobile device" as filled in on the PC: the QR code picture its page would show, to scan. */
    public byte[] startDeviceEnrolment(String email, String deviceName, String pin) {
        return post(base + "/devices", Map.of("email", email, "deviceName", deviceName, "pin", pin), 201);
    }

    /** The answer of the last captcha shown to a browser, as {@code /__lab/captcha} tells it. */
    public String captchaShownTo(String labClientId) {
        String address = base.replace("/accounts", "/captcha") + "?client=" + URLEncoder.encode(labClientId, StandardCharsets.UTF_8);
        try {
            return JSON.readTree(send(HttpRequest.newBuilder(URI.create(address)).GET().build(), 200)).get("answer").asText();
        } catch (IOException e) {
            throw new IllegalStateException("The IdP at " + address + " answered no JSON", e);
        }
    }

    private byte[] post(String address, Map<String, String> fields, int expected) {
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), expected);
    }

    private byte[] send(HttpRequest request, int expected) {
        String call = request.method() + " " + request.uri();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(call + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("The IdP did not answer " + call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + call, e);
        }
    }
}

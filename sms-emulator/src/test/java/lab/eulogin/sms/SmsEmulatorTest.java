package lab.eulogin.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import lab.eulogin.sms.client.SmsApiClient;
import org.junit.jupiter.api.Test;

class SmsEmulatorTest {

    @Test
    void starts_on_a_free_port_and_reports_the_port_it_bound() throws Exception {
        try (SmsEmulator emulator = SmsEmulator.start(SmsEmulatorConfig.anyFreePort(), Clock.systemUTC())) {
            assertThat(emulator.port()).isPositive();
            assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port());
            assertThat(new SmsApiClient(emulator.baseUrl()).phones()).isEmpty();
        }
    }

    @Test
    void an_unknown_path_gets_a_json_404_and_wiremocks_admin_api_is_closed() throws Exception {
        try (SmsEmulator emulator = SmsEmulator.start(SmsEmulatorConfig.anyFreePort(), Clock.systemUTC())) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/nothing/here")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("\"error\"");

            HttpResponse<String> reset = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/__admin/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reset.statusCode()).isEqualTo(401);
            assertThat(new SmsApiClient(emulator.baseUrl()).phones()).isEmpty();
        }
    }
}

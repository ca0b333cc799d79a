package lab.eulogin.sms.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import lab.eulogin.sms.MutableClock;
import lab.eulogin.sms.RawHttp;
import lab.eulogin.sms.SmsEmulator;
import lab.eulogin.sms.SmsEmulatorConfig;
import lab.eulogin.sms.client.SentMessage;
import lab.eulogin.sms.client.SmsApiClient;
import lab.eulogin.sms.client.SmsApiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TwilioGatewayTest {
    private static final String ACCOUNT = "AC00000000000000000000000000000001";
    private static final Instant START = Instant.parse("2025-03-04T10:15:30Z");
    private static SmsEmulator emulator;
    private static SmsApiClient client;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        emulator = SmsEmulator.start(SmsEmulatorConfig.anyFreePort(), new MutableClock(START));
        client = new SmsApiClient(emulator.baseUrl());
        http = new RawHttp(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void a_message_sent_in_twilios_form_arrives_in_the_phone_inbox() {
        SentMessage sent = client.send(ACCOUNT, "any-token", "+32470000101", "EULogin", "Your code: ABC-DEF-GHI");

        assertThat(client.messages("+32470000101"))
                .singleElement()
                .satisfies(sms -> {
                    assertThat(sms.sid()).isEqualTo(sent.sid());
                    assertThat(sms.from()).isEqualTo("EULogin");
                    assertThat(sms.to()).isEqualTo("+32470000101");
                    assertThat(sms.body()).isEqualTo("Your code: ABC-DEF-GHI");
                    assertThat(sms.sentAt()).isEqualTo(START);
                    assertThat(sms.receivedAt()).isEqualTo(START);
                    assertThat(sms.silent()).isFalse();
                });
    }

    @Test
    void the_answer_to_a_send_has_twilios_shape() {
        HttpResponse<String> response = http.twilioSend(ACCOUNT, "token",
                Map.of("To", "+32470000102", "From", "+15005550006", "Body", "Hello €"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode json = RawHttp.tree(response);
        String sid = json.get("sid").asText();
        assertThat(sid).matches("SM[0-9a-f]{32}");
        assertThat(json.get("account_sid").asText()).isEqualTo(ACCOUNT);
        assertThat(json.get("status").asText()).isEqualTo("queued");
        assertThat(json.get("to").asText()).isEqualTo("+32470000102");
        assertThat(json.get("from").asText()).isEqualTo("+15005550006");
        assertThat(json.get("body").asText()).isEqualTo("Hello €");
        assertThat(json.get("num_segments").asText()).isEqualTo("1");
        assertThat(json.get("num_media").asText()).isEqualTo("0");
        assertThat(json.get("direction").asText()).isEqualTo("outbound-api");
        assertThat(json.get("api_version").asText()).isEqualTo("2010-04-01");
        assertThat(json.get("date_created").asText()).isEqualTo("Tue, 04 Mar 2025 10:15:30 +0000");
        assertThat(ZonedDateTime.parse(json.get("date_created").asText(), DateTimeFormatter.RFC_1123_DATE_TIME)
                .withZoneSameInstant(ZoneOffset.UTC).toInstant()).isEqualTo(START);
        assertThat(json.get("error_code").isNull()).isTrue();
        assertThat(json.get("price").isNull()).isTrue();
        assertThat(json.get("uri").asText()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Messages/" + sid + ".json");
        assertThat(json.get("subresource_uris").get("media").asText()).endsWith("/Messages/" + sid + "/Media.json");
    }

    @Test
    void a_long_or_non_gsm_body_is_counted_in_segments_as_twilio_does() {
        assertThat(client.send(ACCOUNT, "t", "+32470000103", "EULogin", "x".repeat(161)).numSegments()).isEqualTo(2);
        assertThat(client.send(ACCOUNT, "t", "+32470000103", "EULogin", "Ελληνικά ".repeat(8)).numSegments()).isEqualTo(2);
    }

    @Test
    void a_sent_message_can_be_fetched_with_its_delivery_status() {
        SentMessage sent = client.send(ACCOUNT, "t", "+32470000104", "EULogin", "fetch me");

        SentMessage fetched = client.fetch(ACCOUNT, "t", sent.sid());

        assertThat(fetched.status()).isEqualTo("delivered");
        assertThat(fetched.body()).isEqualTo("fetch me");
    }

    @Test
    void fetching_an_unknown_message_or_another_accounts_gets_twilios_404() {
        SentMessage sent = client.send(ACCOUNT, "t", "+32470000105", "EULogin", "mine");

        HttpResponse<String> otherAccount = http.get("/2010-04-01/Accounts/ACother/Messages/" + sent.sid() + ".json", "ACother", "t");
        HttpResponse<String> unknown = http.get("/2010-04-01/Accounts/" + ACCOUNT + "/Messages/SMnope.json", ACCOUNT, "t");

        assertThat(otherAccount.statusCode()).isEqualTo(404);
        assertThat(RawHttp.tree(unknown).get("code").asInt()).isEqualTo(20404);
        assertThat(RawHttp.tree(unknown).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void an_invalid_to_number_gets_400_with_code_21211() {
        HttpResponse<String> response = http.twilioSend(ACCOUNT, "t", Map.of("To", "12ab", "From", "EULogin", "Body", "x"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode json = RawHttp.tree(response);
        assertThat(json.get("code").asInt()).isEqualTo(21211);
        assertThat(json.get("message").asText()).isEqualTo("The 'To' number 12ab is not a valid phone number.");
        assertThat(json.get("more_info").asText()).isEqualTo("https://www.twilio.com/docs/errors/21211");
        assertThat(json.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void a_missing_body_gets_400_with_code_21602() {
        HttpResponse<String> response = http.twilioSend(ACCOUNT, "t", Map.of("To", "+32470000106", "From", "EULogin"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RawHttp.tree(response).get("code").asInt()).isEqualTo(21602);
        assertThat(client.messages("+32470000106")).isEmpty();
    }

    @Test
    void other_invalid_fields_get_twilios_codes() {
        assertThat(errorCode(Map.of("From", "EULogin", "Body", "x"))).isEqualTo(21604);
        assertThat(errorCode(Map.of("To", "+32470000107", "Body", "x"))).isEqualTo(21603);
        assertThat(errorCode(Map.of("To", "+32470000107", "From", "not a sender!", "Body", "x"))).isEqualTo(21212);
        assertThat(errorCode(Map.of("To", "+32470000107", "From", "EULogin", "Body", "x".repeat(1601)))).isEqualTo(21617);
        assertThat(errorCode(Map.of("To", "+32470000107", "From", "EULogin", "Body", "x", "ValidityPeriod", "0"))).isEqualTo(21624);
        assertThat(errorCode(Map.of("To", "+32470000107", "From", "EULogin", "Body", "x", "StatusCallback", "ftp://x"))).isEqualTo(21609);
    }

    @Test
    void a_send_without_credentials_gets_twilios_401() {
        HttpResponse<String> response = http.form("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json",
                Map.of("To", "+32470000108", "From", "EULogin", "Body", "x"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(RawHttp.tree(response).get("code").asInt()).isEqualTo(20003);
    }

    @Test
    void the_list_filters_by_to_and_pages_newest_first_as_twilio_does() {
        String to = "+32470000109";
        for (int i = 1; i <= 3; i++) {
            client.send(ACCOUNT, "t", to, "EULogin", "message " + i);
        }
        client.send(ACCOUNT, "t", "+32470000110", "EULogin", "someone else");

        JsonNode first = RawHttp.tree(http.get("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json?To=%2B32470000109&PageSize=2", ACCOUNT, "t"));
        assertThat(first.get("messages")).extracting(m -> m.get("body").asText()).containsExactly("message 3", "message 2");
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("page_size").asInt()).isEqualTo(2);
        assertThat(first.get("previous_page_uri").isNull()).isTrue();
        String next = first.get("next_page_uri").asText();
        assertThat(next).startsWith("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json?To=%2B32470000109&PageSize=2&Page=1&PageToken=PASM");

        JsonNode second = RawHttp.tree(http.get(next, ACCOUNT, "t"));
        assertThat(second.get("messages")).extracting(m -> m.get("body").asText()).containsExactly("message 1");
        assertThat(second.get("start").asInt()).isEqualTo(2);
        assertThat(second.get("next_page_uri").isNull()).isTrue();
    }

    @Test
    void an_unknown_twilio_resource_gets_twilios_404() {
        HttpResponse<String> response = http.get("/2010-04-01/Accounts/" + ACCOUNT + "/Calls.json", ACCOUNT, "t");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(RawHttp.tree(response).get("code").asInt()).isEqualTo(20404);
    }

    private static int errorCode(Map<String, String> fields) {
        try {
            client.send(ACCOUNT, "t", fields);
            throw new AssertionError("expected a Twilio error for " + fields);
        } catch (SmsApiException e) {
            assertThat(e.status()).isEqualTo(400);
            return e.code();
        }
    }
}

package lab.eulogin.sms.gateway;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Message resources and lists in Twilio's JSON shape (snake_case, RFC 2822 dates, counts as strings). */
final class TwilioJson {
    static final String API_VERSION = "2010-04-01";
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private TwilioJson() {
    }

    static String messagesPath(String accountSid) {
        return "/" + API_VERSION + "/Accounts/" + accountSid + "/Messages";
    }

    static Map<String, Object> message(TwilioMessage m) {
        String uri = messagesPath(m.accountSid()) + "/" + m.sid();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", m.accountSid());
        json.put("api_version", API_VERSION);
        json.put("body", m.body());
        json.put("date_created", date(m.dateCreated()));
        json.put("date_sent", date(m.dateSent()));
        json.put("date_updated", date(m.dateUpdated()));
        json.put("direction", "outbound-api");
        json.put("error_code", m.errorCode());
        json.put("error_message", m.errorMessage());
        json.put("from", m.from());
        json.put("messaging_service_sid", null);
        json.put("num_media", "0");
        json.put("num_segments", String.valueOf(m.numSegments()));
        json.put("price", null);
        json.put("price_unit", "USD");
        json.put("sid", m.sid());
        json.put("status", m.status().toString());
        json.put("subresource_uris", Map.of("media", uri + "/Media.json"));
        json.put("to", m.to());
        json.put("uri", uri + ".json");
        return json;
    }

    static Map<String, Object> page(String accountSid, MessagePage page, Optional<String> to, Optional<String> from) {
        String base = messagesPath(accountSid) + ".json?" + filters(to, from) + "PageSize=" + page.pageSize();
        List<TwilioMessage> messages = page.messages();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("end", messages.isEmpty() ? page.start() : page.start() + messages.size() - 1);
        json.put("first_page_uri", base + "&Page=0");
        json.put("messages", messages.stream().map(TwilioJson::message).toList());
        json.put("next_page_uri", page.hasNext()
                ? base + "&Page=" + (page.page() + 1) + "&PageToken=PA" + messages.get(messages.size() - 1).sid()
                : null);
        json.put("page", page.page());
        json.put("page_size", page.pageSize());
        json.put("previous_page_uri", page.page() > 0 ? base + "&Page=" + (page.page() - 1) : null);
        json.put("start", page.start());
        json.put("uri", base + "&Page=" + page.page());
        return json;
    }

    private static String filters(Optional<String> to, Optional<String> from) {
        return to.map(value -> "To=" + encode(value) + "&").orElse("")
                + from.map(value -> "From=" + encode(value) + "&").orElse("");
    }

    private static String date(Instant instant) {
        return instant == null ? null : RFC_2822.format(instant);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

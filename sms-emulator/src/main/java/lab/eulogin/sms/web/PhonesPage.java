package lab.eulogin.sms.web;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import lab.eulogin.sms.app.Apps;
import lab.eulogin.sms.http.Answers;
import lab.eulogin.sms.http.Exchange;
import lab.eulogin.sms.http.Router;
import lab.eulogin.sms.phones.InvalidPhoneNumberException;
import lab.eulogin.sms.phones.Network;
import lab.eulogin.sms.phones.PhoneNumbers;
import lab.eulogin.sms.phones.PhoneState;
import lab.eulogin.sms.phones.Power;

/**
 * The web page of the virtual phones ({@code data-page="phones"}), with the EU Login app on those that
 * have it ({@link AppForms}), and its forms. Every form posts
 * with the page's CSRF token and comes back to the page (post/redirect/get) with a notice.
 */
public final class PhonesPage {
    private static final String PHONE = "/phones/([0-9+%A-Fa-f]+)";

    private final Network network;
    private final Apps apps;
    private final Templates templates = new Templates();
    private final Csrf csrf = new Csrf();

    private PhonesPage(Network network, Apps apps) {
        this.network = network;
        this.apps = apps;
    }

    public static void addRoutes(Router router, Network network, Apps apps) {
        PhonesPage page = new PhonesPage(network, apps);
        AppForms.addRoutes(router, apps, page.csrf);
        Assets assets = new Assets();
        router.route("GET", "/", page::show)
                .route("POST", "/phones", page::addPhone)
                .route("POST", PHONE + "/state", page::changeState)
                .route("POST", PHONE + "/clear", page::clearInbox)
                .route("GET", "/assets/([a-z-]+\\.(?:css|js))", assets::serve);
    }

    ResponseDefinition show(Exchange exchange) {
        Map<String, Object> model = new HashMap<>();
        model.put("phones", network.phones().stream()
                .map(phone -> PhoneCard.of(phone, apps.find(phone.number()))).toList());
        model.put("version", network.version());
        model.put("csrf", csrf.token());
        model.put("notice", exchange.query("msg").flatMap(Notice::byKey).orElse(null));
        return Answers.html(200, templates.render("phones", model));
    }

    ResponseDefinition addPhone(Exchange exchange) {
        if (!csrf.accepts(exchange)) {
            return back("form-expired", null);
        }
        try {
            String number = network.phone(exchange.form("number").orElse("")).number();
            return back("phone-added", number);
        } catch (InvalidPhoneNumberException e) {
            return back("invalid-number", null);
        }
    }

    /** Changes the settings the form carries (power, airplaneMode, signal, doNotDisturb, blockedSenders). */
    ResponseDefinition changeState(Exchange exchange) {
        if (!csrf.accepts(exchange)) {
            return back("form-expired", null);
        }
        String number = PhoneNumbers.normalise(exchange.pathParam(0));
        try {
            network.changeState(number, change(exchange));
        } catch (IllegalArgumentException e) {
            return back("invalid-sender", number);
        }
        return back("phone-changed", number);
    }

    ResponseDefinition clearInbox(Exchange exchange) {
        if (!csrf.accepts(exchange)) {
            return back("form-expired", null);
        }
        String number = PhoneNumbers.normalise(exchange.pathParam(0));
        network.clearInbox(number);
        return back("inbox-cleared", number);
    }

    private static UnaryOperator<PhoneState> change(Exchange exchange) {
        Optional<Power> power = exchange.form("power").map(value -> "off".equals(value) ? Power.OFF : Power.ON);
        Optional<Boolean> airplane = exchange.form("airplaneMode").map(Boolean::parseBoolean);
        Optional<Boolean> signal = exchange.form("signal").map(Boolean::parseBoolean);
        Optional<Boolean> quiet = exchange.form("doNotDisturb").map(Boolean::parseBoolean);
        // Normalised (and refused when invalid) here, before anything changes.
        Optional<List<String>> blocked = exchange.form("blockedSenders")
                .map(text -> PhoneState.defaults().withBlockedSenders(senders(text)).blockedSenders());
        return state -> {
            PhoneState next = state;
            next = power.map(next::withPower).orElse(next);
            next = airplane.map(next::withAirplaneMode).orElse(next);
            next = signal.map(next::withSignal).orElse(next);
            next = quiet.map(next::withDoNotDisturb).orElse(next);
            return blocked.map(next::withBlockedSenders).orElse(next);
        };
    }

    private static List<String> senders(String text) {
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static ResponseDefinition back(String notice, String number) {
        return Answers.seeOther("/?msg=" + notice + (number == null ? "" : "#phone-" + number.substring(1)));
    }
}

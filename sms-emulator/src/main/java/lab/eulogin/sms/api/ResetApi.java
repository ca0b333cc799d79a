package lab.eulogin.sms.api;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import lab.eulogin.sms.app.Apps;
import lab.eulogin.sms.gateway.Faults;
import lab.eulogin.sms.gateway.Gateway;
import lab.eulogin.sms.http.Answers;
import lab.eulogin.sms.http.Exchange;
import lab.eulogin.sms.http.Router;
import lab.eulogin.sms.phones.Network;
import lab.eulogin.sms.store.SmsStore;

/**
 * {@code POST /api/reset}: the emulator as it started, between two tests: no phones (so no inboxes,
 * held messages or apps), no faults, no messages remembered by the gateway, and nothing kept in the
 * data folder.
 */
public final class ResetApi {
    private final Network network;
    private final Apps apps;
    private final Faults faults;
    private final Gateway gateway;
    private final SmsStore store;

    private ResetApi(Network network, Apps apps, Faults faults, Gateway gateway, SmsStore store) {
        this.network = network;
        this.apps = apps;
        this.faults = faults;
        this.gateway = gateway;
        this.store = store;
    }

    public static void addRoutes(Router router, Network network, Apps apps, Faults faults, Gateway gateway,
                                 SmsStore store) {
        router.route("POST", "/api/reset", new ResetApi(network, apps, faults, gateway, store)::reset);
    }

    ResponseDefinition reset(Exchange exchange) {
        faults.clear();
        apps.clear();
        network.reset();
        gateway.forget();
        store.reset(network.lastMessageId());
        return Answers.noContent();
    }
}

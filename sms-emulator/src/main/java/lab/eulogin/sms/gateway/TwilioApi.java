package lab.eulogin.sms.gateway;

import lab.eulogin.sms.http.Router;

/** The Twilio-compatible routes of the gateway: the Messages resource, and Twilio's 404 for the rest. */
public final class TwilioApi {
    private static final String ACCOUNT = "/2010-04-01/Accounts/([^/]+)";

    private TwilioApi() {
    }

    /**
     * @param accountSid with {@code authToken}: the only credentials accepted; both null: any
     */
    public static void addRoutes(Router router, Gateway gateway, Faults faults, String accountSid, String authToken) {
        TwilioAuth auth = new TwilioAuth(accountSid, authToken);
        router.route("POST", ACCOUNT + "/Messages\\.json", new CreateMessageHandler(gateway, auth, faults))
                .route("GET", ACCOUNT + "/Messages\\.json", new ListMessagesHandler(gateway, auth, faults))
                .route("GET", ACCOUNT + "/Messages/([^/]+)\\.json", new FetchMessageHandler(gateway, auth, faults))
                .fallback("/2010-04-01(/.*)?", exchange -> {
                    throw TwilioError.resourceNotFound(exchange.path());
                });
    }
}

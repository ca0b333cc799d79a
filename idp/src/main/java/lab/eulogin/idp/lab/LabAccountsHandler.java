package lab.eulogin.idp.lab;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;

import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /__lab/accounts/unlock} with {@code email}: what the helpdesk does for a locked
 * account (FAQ SIGN-07), until the support console exists. Lab mode only.
 */
public final class LabAccountsHandler {
    private static final FormParserFactory PARSERS = FormParserFactory.builder().withDefaultCharset("UTF-8").build();

    private final AccountRepository accounts;

    public LabAccountsHandler(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public void unlock(HttpServerExchange exchange) throws Exception {
        String email = "";
        try (FormDataParser parser = PARSERS.createParser(exchange)) {
            if (parser != null) {
                FormData.FormValue value = parser.parseBlocking().getFirst("email");
                email = value == null ? "" : value.getValue();
            }
        }
        Optional<Account> account = accounts.findByEmail(email);
        if (account.isEmpty()) {
            LabJson.error(exchange, StatusCodes.NOT_FOUND, "no-account", "No account has the address '" + email + "'");
            return;
        }
        accounts.clearFailedAttempts(account.get().id());
        LabJson.send(exchange, StatusCodes.OK, Map.of("email", account.get().email(), "locked", false));
    }
}

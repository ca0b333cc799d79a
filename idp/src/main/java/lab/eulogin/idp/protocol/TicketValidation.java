package lab.eulogin.idp.protocol;

import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.sessions.AuthenticationLevel;

import java.util.Objects;
import java.util.Optional;

/** The rules of a ticket validation, free of HTTP: a ticket and what was asked, to a success or a failure code. */
public final class TicketValidation {

    /** How the service given at validation must match the one the ticket was issued to. */
    public enum ServiceMatch {
        /** The same address, character for character (serviceValidate, proxyValidate, p3). */
        EXACT,
        /** Any address of the same registered service (laxValidate). */
        SAME_REGISTERED_SERVICE
    }

    public sealed interface Outcome {
        record Success(ServiceTicket ticket, Account account, ValidationRequest request) implements Outcome { }

        record Failure(FailureCode code, String description) implements Outcome { }
    }

    private static final int QUOTED_TICKET_LENGTH = 64;

    private final ServiceTickets tickets;
    private final AccountRepository accounts;
    private final ServiceRegistry registry;

    public TicketValidation(ServiceTickets tickets, AccountRepository accounts, ServiceRegistry registry) {
        this.tickets = tickets;
        this.accounts = accounts;
        this.registry = registry;
    }

    public Outcome validate(ValidationRequest request, ServiceMatch match) {
        if (request.service().isBlank() || request.ticket().isBlank()) {
            return failure(FailureCode.INVALID_REQUEST, "Both 'service' and 'ticket' are required");
        }
        Optional<AuthenticationLevel> level = AuthenticationLevel.parse(
                request.authenticationLevel().isBlank() ? "BASIC" : request.authenticationLevel());
        if (level.isEmpty()) {
            return failure(FailureCode.INVALID_REQUEST, "authenticationLevel must be BASIC, MEDIUM or HIGH");
        }
        Optional<AssuranceLevel> assurance = request.assuranceLevel().isBlank()
                ? Optional.of(AssuranceLevel.LOW) : AssuranceLevel.parse(request.assuranceLevel());
        if (assurance.isEmpty()) {
            return failure(FailureCode.INVALID_REQUEST, "assuranceLevel must be LOW, MEDIUM, HIGH or TOP (or 10, 20, 30, 40)");
        }

        ServiceTickets.Redemption redemption = tickets.redeem(request.ticket());
        if (redemption instanceof ServiceTickets.Redemption.Expired expired) {
            return failure(FailureCode.INVALID_TICKET, "Ticket '" + quoted(request.ticket())
                    + "' has expired: a service ticket must be validated within " + expired.lifetime().toSeconds() + " seconds");
        }
        if (!(redemption instanceof ServiceTickets.Redemption.Valid valid)) {
            return failure(FailureCode.INVALID_TICKET, "Ticket '" + quoted(request.ticket())
                    + "' not recognized: it was never issued or was already validated");
        }
        ServiceTicket ticket = valid.ticket();
        if (!sameService(ticket, request.service(), match)) {
            return failure(FailureCode.INVALID_SERVICE, "Ticket '" + quoted(ticket.id())
                    + "' was issued to another service than '" + request.service() + "'");
        }
        if (request.renew() && ticket.fromSso()) {
            return failure(FailureCode.INVALID_TICKET, "Ticket '" + quoted(ticket.id())
                    + "' came from single sign-on, and renew asks for a new sign-in");
        }
        Optional<Account> account = accounts.findById(ticket.accountId());
        if (account.isEmpty()) {
            return failure(FailureCode.INVALID_USER, "The account behind the ticket no longer exists");
        }
        if (!ticket.level().satisfies(level.get())) {
            return failure(FailureCode.INSUFFICIENT_AUTHENTICATION_LEVEL, "The sign-in reached " + ticket.level()
                    + "; the service asked for " + level.get());
        }
        AssuranceLevel accountAssurance = AssuranceLevel.of(account.get().kind());
        if (accountAssurance.value() < assurance.get().value()) {
            return failure(FailureCode.INVALID_USER, "The account's assurance level is " + accountAssurance
                    + "; the service asked for " + assurance.get());
        }
        return new Outcome.Success(ticket, account.get(), request);
    }

    private boolean sameService(ServiceTicket ticket, String service, ServiceMatch match) {
        if (match == ServiceMatch.EXACT) {
            return ticket.service().equals(service);
        }
        return registry.find(service).map(s -> Objects.equals(s.id(), ticket.serviceId())).orElse(false);
    }

    private static String quoted(String ticket) {
        return ticket.length() <= QUOTED_TICKET_LENGTH ? ticket : ticket.substring(0, QUOTED_TICKET_LENGTH) + "...";
    }

    private static Outcome failure(FailureCode code, String description) {
        return new Outcome.Failure(code, description);
    }
}

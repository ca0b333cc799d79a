package lab.eulogin.idp.protocol;

import lab.eulogin.idp.sessions.AuthenticationFactor;
import lab.eulogin.idp.sessions.Strength;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two shapes a validation answer takes: EU Login's own, with the attributes directly under
 * {@code authenticationSuccess} and counted lists, and standard CAS 3.0, with {@code cas:attributes},
 * for generic CAS clients (DESIGN.md, "Contracts").
 */
enum Dialect {
    EU_LOGIN("https://ecas.ec.europa.eu/cas/schemas") {
        @Override
        List<ResponseTree> success(TicketValidation.Outcome.Success success) {
            ServiceTicket ticket = success.ticket();
            ValidationRequest request = success.request();
            UserAttributes user = UserAttributes.of(success.account());
            List<ResponseTree> children = new ArrayList<>();
            children.add(new ResponseTree.Leaf("user", user.user()));
            if (request.userDetails()) {
                user.details().forEach((name, value) -> children.add(new ResponseTree.Leaf(name, value)));
            }
            if (!request.groups().isBlank()) {
                children.add(new ResponseTree.Counted("groups", user.groupsAskedFor(request.groups()).stream()
                        .map(g -> new ResponseTree.Item("group", g)).toList()));
            }
            children.add(new ResponseTree.Leaf("authenticationLevel", ticket.level().name()));
            children.add(new ResponseTree.Counted("strengths", ticket.strengths().stream()
                    .map(s -> new ResponseTree.Item("strength", s.name())).toList()));
            children.add(new ResponseTree.Counted("authenticationFactors", ticket.factors().stream()
                    .map(f -> new ResponseTree.Item(f.kind().element(), f.value())).toList()));
            children.add(new ResponseTree.Leaf("loginDate", ticket.loginDate().toString()));
            children.add(new ResponseTree.Leaf("sso", ticket.fromSso()));
            return children;
        }
    },

    CAS3("http://www.yale.edu/tp/cas") {
        @Override
        List<ResponseTree> success(TicketValidation.Outcome.Success success) {
            ServiceTicket ticket = success.ticket();
            UserAttributes user = UserAttributes.of(success.account());
            List<ResponseTree> attributes = new ArrayList<>();
            for (Map.Entry<String, String> detail : user.details().entrySet()) {
                attributes.add(new ResponseTree.Leaf(detail.getKey(), detail.getValue()));
            }
            attributes.add(new ResponseTree.Multi("groups", user.groups()));
            attributes.add(new ResponseTree.Leaf("authenticationLevel", ticket.level().name()));
            attributes.add(new ResponseTree.Multi("strengths", ticket.strengths().stream().map(Strength::name).toList()));
            for (AuthenticationFactor.Kind kind : AuthenticationFactor.Kind.values()) {
                List<String> values = ticket.factors().stream().filter(f -> f.kind() == kind)
                        .map(AuthenticationFactor::value).toList();
                if (!values.isEmpty()) {
                    attributes.add(new ResponseTree.Multi(kind.element(), values));
                }
            }
            attributes.add(new ResponseTree.Leaf("loginDate", ticket.loginDate().toString()));
            attributes.add(new ResponseTree.Leaf("sso", ticket.fromSso()));
            // The names generic CAS clients know.
            attributes.add(new ResponseTree.Leaf("authenticationDate", ticket.loginDate().toString()));
            attributes.add(new ResponseTree.Leaf("isFromNewLogin", !ticket.fromSso()));
            attributes.add(new ResponseTree.Leaf("longTermAuthenticationRequestTokenUsed", false));
            return List.of(new ResponseTree.Leaf("user", user.user()),
                    new ResponseTree.Branch("attributes", attributes));
        }
    };

    private final String namespace;

    Dialect(String namespace) {
        this.namespace = namespace;
    }

    String namespace() {
        return namespace;
    }

    abstract List<ResponseTree> success(TicketValidation.Outcome.Success success);

    ResponseTree answer(TicketValidation.Outcome outcome) {
        ResponseTree body = outcome instanceof TicketValidation.Outcome.Success success
                ? new ResponseTree.Branch("authenticationSuccess", success(success))
                : failure((TicketValidation.Outcome.Failure) outcome);
        return new ResponseTree.Branch("serviceResponse", List.of(body));
    }

    private static ResponseTree failure(TicketValidation.Outcome.Failure failure) {
        return new ResponseTree.Coded("authenticationFailure", failure.code().name(), failure.description());
    }
}

package lab.eulogin.idp.protocol;

import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.accounts.AccountKind;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a service learns about the account with {@code userDetails=true}, in EU Login's names and
 * order. The lab's accounts belong to one group each, named after their kind.
 */
public record UserAttributes(String user, Map<String, String> details, List<String> groups) {

    public static UserAttributes of(Account account) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("email", account.email());
        details.put("firstName", account.firstName());
        details.put("lastName", account.lastName());
        details.put("domain", account.kind().selfRegistered() ? "external" : "eu.europa.ec");
        details.put("employeeType", switch (account.kind()) {
            case EXTERNAL -> "n";
            case STAFF -> "f";
            case RETIREE, RETIREE_EXTERNAL -> "r";
        });
        details.put("locale", account.emailLanguage().getLanguage());
        details.put("assuranceLevel", String.valueOf(AssuranceLevel.of(account.kind()).value()));
        details.put("uid", account.uid());
        return new UserAttributes(account.uid(), Collections.unmodifiableMap(details),
                List.of(account.kind().name()));
    }

    /** The groups a service asked for: {@code *} for all, or names separated by commas. */
    public List<String> groupsAskedFor(String filter) {
        if (filter.strip().equals("*")) {
            return groups;
        }
        List<String> wanted = List.of(filter.split(",")).stream().map(String::strip).toList();
        return groups.stream().filter(wanted::contains).toList();
    }
}

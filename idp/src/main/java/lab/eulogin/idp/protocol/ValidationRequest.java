package lab.eulogin.idp.protocol;

/**
 * The parameters of a ticket validation, as sent (DESIGN.md, "Contracts"); blank when absent.
 *
 * @param groups              {@code *}, or group names separated by commas; blank for none
 * @param authenticationLevel the level the ticket must have at least (BASIC, MEDIUM, HIGH)
 * @param assuranceLevel      the account's assurance level at least (LOW, MEDIUM, HIGH, TOP or 10..40)
 */
public record ValidationRequest(
        String service,
        String ticket,
        boolean renew,
        boolean userDetails,
        String groups,
        String authenticationLevel,
        String assuranceLevel) {
}

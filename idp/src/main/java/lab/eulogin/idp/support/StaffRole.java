package lab.eulogin.idp.support;

import java.util.Optional;

/** What a member of the support staff may do in the console. */
public enum StaffRole {
    /** Looks accounts and problem reports up; changes nothing. */
    VIEWER,
    /** Also unlocks accounts, sends initialisation links and marks reports resolved. */
    AGENT;

    public boolean mayAct() {
        return this == AGENT;
    }

    public static Optional<StaffRole> parse(String value) {
        for (StaffRole role : values()) {
            if (role.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}

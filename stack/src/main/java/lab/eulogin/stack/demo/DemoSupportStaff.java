package lab.eulogin.stack.demo;

import lab.eulogin.idp.support.StaffRole;
import lab.eulogin.idp.support.SupportStaff;

import java.util.List;

/**
 * The support console's staff in a demo (FAQ HELP-02), listed in the README and at start: an agent
 * who may unlock accounts and send initialisation links, and a viewer who may only look. Created
 * once; the data folder keeps them.
 */
public final class DemoSupportStaff {
    /** One password for both; it meets the rule (FAQ ACC-05). */
    public static final String PASSWORD = "Lab-Support-2026!";

    public record Demo(String login, String name, StaffRole role, String note) {
    }

    public static final List<Demo> ALL = List.of(
            new Demo("helpdesk.agent", "Helpdesk Agent", StaffRole.AGENT,
                    "looks accounts up, unlocks them, sends initialisation links, resolves problem reports"),
            new Demo("helpdesk.viewer", "Helpdesk Viewer", StaffRole.VIEWER, "looks accounts and reports up, changes nothing"));

    private DemoSupportStaff() {
    }

    public static void seed(SupportStaff staff) {
        for (Demo demo : ALL) {
            if (staff.find(demo.login()).isEmpty()) {
                SupportStaff.Created created = staff.create(demo.login(), demo.name(), demo.role(), PASSWORD);
                if (!(created instanceof SupportStaff.Created.Ok)) {
                    throw new IllegalStateException("Could not create the demo support staff " + demo.login() + ": " + created);
                }
            }
        }
    }
}

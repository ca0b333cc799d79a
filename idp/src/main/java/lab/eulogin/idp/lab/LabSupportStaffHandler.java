package lab.eulogin.idp.lab;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import lab.eulogin.idp.http.Form;
import lab.eulogin.idp.support.StaffRole;
import lab.eulogin.idp.support.SupportStaff;

import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /__lab/support-staff}: a support console account for a test, as configuration makes
 * one ({@code login}, {@code password} meeting the rule, {@code role} VIEWER or AGENT, optional
 * {@code name}). 201 with the login and role, 400 for a bad field, 409 when the login is taken.
 * Lab mode only.
 */
public final class LabSupportStaffHandler {
    private final SupportStaff staff;

    public LabSupportStaffHandler(SupportStaff staff) {
        this.staff = staff;
    }

    public void create(HttpServerExchange exchange) {
        Form form = Form.read(exchange);
        String login = value(form, "login");
        String name = value(form, "name").isEmpty() ? login : value(form, "name");
        Optional<StaffRole> role = StaffRole.parse(value(form, "role"));
        SupportStaff.Created created = staff.create(login, name, role.orElse(null), value(form, "password"));
        if (created instanceof SupportStaff.Created.Ok ok) {
            LabJson.send(exchange, StatusCodes.CREATED, Map.of("login", ok.member().login(),
                    "role", ok.member().role().name()));
        } else if (created instanceof SupportStaff.Created.Invalid invalid) {
            LabJson.error(exchange, StatusCodes.BAD_REQUEST, "bad-staff", invalid.problem());
        } else {
            LabJson.error(exchange, StatusCodes.CONFLICT, "login-taken", "A support staff account has the login '" + login + "'");
        }
    }

    private static String value(Form form, String name) {
        return form.get(name).strip();
    }
}

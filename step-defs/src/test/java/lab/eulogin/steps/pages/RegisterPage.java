package lab.eulogin.steps.pages;


import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** "Create an account": the registration form. */
public final class RegisterPage extends Page {
    private static final By FIRST_NAME = By.id("firstName");
    private static final By LAST_NAME = By.id("lastName");
    private static final By EMAIL = By.id("email");
    private static final By EMAIL_CONFIRM = By.id("emailConfirm");
    private static final By EMAIL_LANGUAGE = By.id("emailLanguage");
    private static final By PRIVACY = By.id("privacy");
    private static final By CREATE_ACCOUNT = By.id("create-account-submit");
    private static final By CAPTCHA_IMAGE = By.id("captcha-image");
    private static final By CAPTCHA = By.id("captcha");
    private static final By NEW_CAPTCHA = By.id("new-captcha");
    private static final By RESET_PASSWORD = By.id("reset-password");

    /** What a person types into the form; {@code emailLanguage} is a value such as en, fr or de. */
    public record Form(String firstName, String lastName, String email, String emailConfirm, String emailLanguage,
            boolean acceptPrivacyStatement) {
    }

    public static final String PATH = "/cas/eim/external/register.cgi";

    public RegisterPage(WebDriver driver) {
        super(driver, "register");
    }

    public RegisterPage open(String idpUrl) {
        go(driver, idpUrl + PATH);
        assertCurrent();
        return this;
    }

    public void fillIn(Form form) {
        assertCurrent();
        type(FIRST_NAME, form.firstName());
        type(LAST_NAME, form.lastName());
        type(EMAIL, form.email());
        type(EMAIL_CONFIRM, form.emailConfirm());
        choose(EMAIL_LANGUAGE, form.emailLanguage());
        tick(PRIVACY, form.acceptPrivacyStatement());
    }

    /** Fills in the form and clicks "Create an account". */
    public void register(Form form) {
        fillIn(form);
        createAccount();
    }

    /** The form's heading, as the person reads it. */
    public String heading() {
        assertCurrent();
        return driver.findElement(By.tagName("h1")).getText();
    }

    public void createAccount() {
        assertCurrent();
        click(CREATE_ACCOUNT);
    }


    /** What the fields hold now, as a person would see them after the page came back. */
    public Form filledIn() {
        assertCurrent();
        return new Form(value(FIRST_NAME), value(LAST_NAME), value(EMAIL), value(EMAIL_CONFIRM),
                new Select(driver.findElement(EMAIL_LANGUAGE)).getFirstSelectedOption().getDomProperty("value"),
                driver.findElement(PRIVACY).isSelected());
    }

    public boolean showsCaptcha() {
        assertCurrent();
        return !driver.findElements(CAPTCHA_IMAGE).isEmpty();
    }

    /** The picture's address: a data URL, so a new picture is a new address. */
    public String captchaPicture() {
        assertCurrent();
        return driver.findElement(CAPTCHA_IMAGE).getDomProperty("src");
    }

    /** The button with two arrows. */
    public void drawANewCaptcha() {
        assertCurrent();
        click(NEW_CAPTCHA);
    }

    public void enterCaptchaAndSubmit(String code) {
        assertCurrent();
        type(CAPTCHA, code);
        createAccount();
    }

    /** Where the "reset your password" link beside "already registered" leads. */
    public String resetLinkAddress() {
        assertCurrent();
        return driver.findElement(RESET_PASSWORD).getDomProperty("href");
    }

    private String value(By field) {
        return driver.findElement(field).getDomProperty("value");
    }
}

package lab.eulogin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.sms.client.App;
import lab.eulogin.steps.fixtures.Browser;
import lab.eulogin.steps.fixtures.MyAccount;
import lab.eulogin.steps.fixtures.Person;
import lab.eulogin.steps.fixtures.RunningLab;
import lab.eulogin.steps.fixtures.Smartphone;
import lab.eulogin.steps.pages.AddMobileDevicePage;
import lab.eulogin.steps.pages.DeviceEnrolmentPage;
import lab.eulogin.steps.pages.LoginMobileAppPage;
import lab.eulogin.steps.pages.LoginMobileQrPage;
import lab.eulogin.steps.pages.LoginPage;
import lab.eulogin.steps.pages.LoginSuccessPage;
import lab.eulogin.steps.pages.MobileDevicesPage;
import lab.eulogin.steps.pages.MyAccountPage;
import lab.eulogin.steps.pages.PanicPage;
import lab.eulogin.steps.pages.PasswordPage;

/**
 * The EU Login mobile app (FAQ APP-01 to APP-08): "Manage my mobile devices" and "Add a mobile
 * device" on the PC, the app on the person's smartphone, signing in with it, the PANIC button.
 * The PC is the browser; the smartphone is {@link Smartphone}, whose camera is shown pictures of
 * the QR codes the PC displays.
 */
public class MobileAppSteps {
    private static final String MANAGE_MY_MOBILE_DEVICES = "Manage my mobile devices";

    private final Browser browser;
    private final RunningLab lab;
    private final Person me;
    private final Smartphone phone;
    private final MyAccount account;
    private String typedDeviceName;

    public MobileAppSteps(Browser browser, RunningLab lab, Person me, Smartphone phone, MyAccount account) {
        this.browser = browser;
        this.lab = lab;
        this.me = me;
        this.phone = phone;
        this.account = account;
    }

    // ---- APP-01: "Add a mobile device" on the PC

    @When("I click on 'Add a mobile device'")
    public void clickAddAMobileDevice() {
        new MobileDevicesPage(browser.driver()).addAMobileDevice();
    }

    @When("I provide the name {string} for my device and set up the four-digit PIN code {string}")
    public void provideNameAndPin(String name, String pin) {
        new AddMobileDevicePage(browser.driver()).fillIn(name, pin, pin);
    }

    @When("I type {string} as my device name, {string} as my 4 digit PIN code and {string} to confirm it")
    public void typeNameAndPins(String name, String pin, String confirmation) {
        typedDeviceName = name;
        new AddMobileDevicePage(browser.driver()).fillIn(name, pin, confirmation);
    }

    @When("I click on the submit button")
    public void submit() {
        new AddMobileDevicePage(browser.driver()).submit();
    }

    @Then("a QR code is displayed on the screen of my PC, for the EU Login app to scan")
    public void qrCodeDisplayed() {
        assertThat(new DeviceEnrolmentPage(browser.driver()).showsQrCode()).as("QR code shown").isTrue();
    }

    @Then("I am told {string} next to {string}")
    public void fieldRefused(String words, String fieldLabel) {
        assertThat(new AddMobileDevicePage(browser.driver()).errorNextTo(fieldLabel)).contains(words);
    }

    @Then("the device name I typed is still there")
    public void deviceNameKept() {
        AddMobileDevicePage form = new AddMobileDevicePage(browser.driver());
        assertThat(form.deviceName()).isEqualTo(typedDeviceName);
    }

    // ---- APP-02: the app scans the QR code on the PC

    @Given("the EU Login app is installed on my smartphone")
    public void appInstalled() {
        phone.installApp();
    }

    @Given("I have added the mobile device {string} with the PIN code {string}, and its QR code is displayed on my PC")
    public void deviceAdded(String name, String pin) {
        addDeviceOnThePc(name, pin);
    }

    @When("I select 'Initialise' in the EU Login app and point the camera of my smartphone to the QR code on my PC screen")
    public void initialiseAndScan() {
        phone.initialiseAndScan(new DeviceEnrolmentPage(browser.driver()).qrCodePicture());
    }

    @When("I enter the PIN code {string} in the app and tap 'Authenticate'")
    public void enterPin(String pin) {
        phone.enterPinAndAuthenticate(pin);
    }

    @Then("a success message is displayed on my smartphone, confirming the setup of my mobile device")
    public void successOnThePhone() {
        App app = phone.app();
        assertThat(app.screen()).as("the app's screen" + phone.refusalNote()).isEqualTo("success");
        assertThat(app.notice()).isEqualTo("device-registered");
    }

    @Then("the app says the PIN code is not the one chosen on the PC")
    public void appRefusesEnrolmentPin() {
        assertThat(phone.expectRefusal().code()).isEqualTo("wrong-pin");
        assertThat(phone.app().screen()).as("the app asks for the PIN again").isEqualTo("pin");
    }

    @When("I click on 'Continue' on my PC")
    public void clickContinue() {
        new DeviceEnrolmentPage(browser.driver()).clickContinue();
    }

    @Then("my PC says my device is not registered yet, and still shows the QR code")
    public void pcSaysNotRegisteredYet() {
        DeviceEnrolmentPage page = new DeviceEnrolmentPage(browser.driver());
        assertThat(page.notRegisteredYetMessage()).contains("not registered yet");
        assertThat(page.showsQrCode()).as("QR code still shown").isTrue();
    }

    /** On the welcome screen "Continue" leads to (FAQ APP-02), which EU Login shows a signed-in person. */
    @Then("I am on the welcome screen, told that my EU Login mobile app is successfully installed and can be used for authenticating")
    public void toldDeviceAddedOnTheWelcomeScreen() {
        assertThat(new LoginSuccessPage(browser.driver()).saysDeviceAdded()).as("device added").isTrue();
    }

    /** As a person checks it: My Account, "Manage my mobile devices". */
    @Then("{string} is listed in my mobile devices")
    public void deviceListed(String name) {
        account.open();
        account.choose(MANAGE_MY_MOBILE_DEVICES);
        assertThat(new MobileDevicesPage(browser.driver()).deviceNames()).contains(name);
    }

    // ---- APP-03, APP-04, APP-07: signing in with "EU Login Mobile App PIN Code"

    /**
     * The setup of FAQ APP-01 and APP-02, done earlier: the PC's "Add a mobile device" form is
     * filled in through the lab (its pages are APP-01's own scenarios), and the app on the phone
     * scans the QR code and enrols with the IdP as it always does.
     */
    @Given("my smartphone {string} is set up with the EU Login app and the PIN code {string}")
    public void smartphoneSetUp(String name, String pin) {
        phone.installApp();
        phone.initialiseAndScan(lab.accounts().startDeviceEnrolment(me.email(), name, pin));
        phone.enterPinAndAuthenticate(pin);
        successOnThePhone();
    }

    @Given("the EU Login app is open on my smartphone, in the foreground")
    public void appInTheForeground() {
        phone.setForeground(true);
    }

    @Given("the EU Login app is in the background on my smartphone")
    public void appInTheBackground() {
        phone.setForeground(false);
    }

    @Then("my PC says an authentication request is pending on {string}")
    public void pcSaysRequestPending(String deviceName) {
        assertThat(new LoginMobileAppPage(browser.driver()).pendingText())
                .contains("authentication request is pending").contains(deviceName);
    }

    @Then("the EU Login app asks for my PIN code at once")
    public void appAsksForThePin() {
        assertThat(phone.awaitRequest().state()).isEqualTo("pin-prompt");
    }

    @Then("a notification is displayed on my smartphone")
    public void notificationDisplayed() {
        assertThat(phone.awaitRequest().state()).isEqualTo("notification");
    }

    @Then("the app asks me to accept the notification first")
    public void appAsksToAcceptFirst() {
        assertThat(phone.expectRefusal().code()).isEqualTo("notification-not-accepted");
    }

    @When("I accept the notification")
    public void acceptNotification() {
        phone.acceptNotification();
    }

    @Then("my PC goes on by itself")
    public void pcGoesOn() {
        new LoginMobileAppPage(browser.driver()).waitUntilItGoesOn();
    }

    @Then("'Continue' on my PC says the app has not answered yet: an authentication request is pending")
    public void pcStillWaits() {
        assertThat(new LoginMobileAppPage(browser.driver()).continueWhileWaiting())
                .contains("an authentication request is pending");
    }

    @Given("I have enabled the fingerprint in the EU Login app, confirming it once with my PIN code {string}")
    public void fingerprintEnabled(String pin) {
        phone.enableFingerprint(pin);
    }

    @When("I put my finger on the sensor of my smartphone instead of entering the PIN code")
    public void useFingerprint() {
        phone.useFingerprint();
    }

    @Then("the app says the fingerprint is not enabled")
    public void fingerprintNotEnabled() {
        assertThat(phone.expectRefusal().code()).isEqualTo("fingerprint-off");
    }

    @Then("the app refuses the PIN code, saying how many tries are left")
    public void appRefusesPin() {
        assertThat(phone.expectRefusal().code()).isEqualTo("wrong-pin");
        assertThat(phone.refusal().triesLeft()).isEqualTo(4);
    }

    @When("I enter a wrong PIN code in the app {int} times")
    public void wrongPins(int times) {
        for (int i = 0; i < times; i++) {
            phone.enterPinAndAuthenticate("0000");
        }
    }

    @Then("the app says my device is locked after too many wrong PIN codes")
    public void appSaysLocked() {
        assertThat(phone.expectRefusal().code()).isEqualTo("device-locked");
    }

    @Then("my PC says too many wrong PIN codes were entered on this device")
    public void pcSaysLocked() {
        assertThat(new LoginMobileAppPage(browser.driver()).deviceLockedMessage()).contains("Too many wrong PIN codes");
    }

    // ---- APP-05: the recommended method, and the others

    @Then("EU Login recommends its app: {string}")
    public void appRecommended(String words) {
        LoginPage page = new LoginPage(browser.driver());
        page.assertCurrent();
        assertThat(page.messageText("app-recommended")).contains(words);
    }

    @Then("'Manage my mobile devices' recommends it too, as I have no mobile device yet")
    public void devicesPageRecommendsTheApp() {
        assertThat(new MobileDevicesPage(browser.driver()).noDevicesText())
                .contains("Easy, fast and secure: download the EU Login app");
    }

    @Given("I have an EU Login account with the mobile phone number of a basic phone, and no smartphone")
    public void accountWithABasicPhone() {
        lab.accounts().create(me.accountWith(Map.of("mobilePhone", Smartphone.newNumber())));
    }

    @When("I start signing in with my e-mail address")
    public void startSigningIn() {
        new LoginPage(browser.driver()).open(lab.idpUrl()).continueAs(me.email());
    }

    @Then("\"Choose your verification method\" offers exactly:")
    public void methodsOffered(List<String> methods) {
        assertThat(new PasswordPage(browser.driver()).methods()).containsExactlyInAnyOrderElementsOf(methods);
    }

    // ---- APP-06: the PANIC button

    @Given("I have lost that smartphone")
    public void smartphoneLost() {
        phone.switchOff();
    }

    @Then("I am told how many devices this deletes: {int}")
    public void panicCount(int count) {
        assertThat(new PanicPage(browser.driver()).deviceCount()).endsWith(": " + count);
    }

    @When("I confirm that all my devices are to be deleted")
    public void confirmPanic() {
        new PanicPage(browser.driver()).confirm();
    }

    @When("I click on 'Cancel' instead")
    public void cancelPanic() {
        new PanicPage(browser.driver()).cancel();
    }

    @Then("I am told that all my mobile devices were deleted, and that I can sign in with my password alone")
    public void toldAllDeleted() {
        MobileDevicesPage devices = new MobileDevicesPage(browser.driver());
        assertThat(devices.saysAllDevicesDeleted()).as("all devices deleted").isTrue();
        assertThat(devices.deviceNames()).isEmpty();
    }

    @When("I close my browser, then start signing in with my e-mail address")
    public void newBrowserThenStartSigningIn() {
        browser.quit();
        startSigningIn();
    }

    @When("I set up my new smartphone {string} with the EU Login app and the PIN code {string}")
    public void newSmartphoneSetUp(String name, String pin) {
        phone.replaceWithANewOne();
        setUpOnThePcAndThePhone(name, pin);
    }

    @Then("{string} is listed in my mobile devices, and {string} is not")
    public void onlyNewDeviceListed(String listed, String gone) {
        assertThat(new MobileDevicesPage(browser.driver()).deviceNames()).contains(listed).doesNotContain(gone);
    }

    // ---- APP-08: "EU Login Mobile App QR Code"

    @Then("a QR code is displayed on the sign-in page of my PC")
    public void signInQrCodeDisplayed() {
        assertThat(new LoginMobileQrPage(browser.driver()).showsQrCode()).as("QR code shown").isTrue();
    }

    @Given("my smartphone is in airplane mode")
    public void airplaneMode() {
        phone.setAirplaneMode(true);
    }

    @When("I point the camera of my smartphone to the QR code on my PC screen and enter the PIN code {string} in the app")
    public void scanSignInQrCode(String pin) {
        phone.scanForOneTimeCode(new LoginMobileQrPage(browser.driver()).qrCodePicture(), pin);
    }

    @Then("the app shows a one-time code")
    public void appShowsOneTimeCode() {
        assertThat(phone.oneTimeCode()).matches("[0-9]{8}");
        assertThat(phone.app().oneTimeCode()).isEqualTo(phone.oneTimeCode());
    }

    @Then("the app shows a one-time code, though my smartphone has no network")
    public void appShowsOneTimeCodeOffline() {
        appShowsOneTimeCode();
        assertThat(phone.app().online()).as("the app is online").isFalse();
    }

    @When("I type the one-time code on my PC and click on 'Sign in'")
    public void typeOneTimeCode() {
        new LoginMobileQrPage(browser.driver()).signInWith(phone.oneTimeCode());
    }

    @Then("my PC says this is not the right code, and I am not signed in")
    public void pcRefusesTheCode() {
        assertThat(new LoginMobileQrPage(browser.driver()).wrongCodeMessage()).contains("not the right code");
    }

    // ----

    private void addDeviceOnThePc(String name, String pin) {
        account.open();
        new MyAccountPage(browser.driver()).choose(MANAGE_MY_MOBILE_DEVICES);
        new MobileDevicesPage(browser.driver()).addAMobileDevice();
        new AddMobileDevicePage(browser.driver()).add(name, pin);
        new DeviceEnrolmentPage(browser.driver()).assertCurrent();
    }

    /** "Add a mobile device" on the PC, then the app: Initialise, the QR code, the PIN, Authenticate; then Continue. */
    private void setUpOnThePcAndThePhone(String name, String pin) {
        phone.installApp();
        addDeviceOnThePc(name, pin);
        initialiseAndScan();
        enterPin(pin);
        successOnThePhone();
        clickContinue();
        deviceListed(name);
    }
}

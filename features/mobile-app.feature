Feature: The EU Login mobile app
  From the EURES stock replies, "How do I setup the EU Login mobile app?": "Click on 'Manage my
  mobile devices'. Click on 'Add a mobile device'. [...] You need to provide a name for your device
  and set up a four-digit PIN code." Then "Open the EU Login app on your phone and select the
  'Initialise' option [...] Point the camera of your mobile phone to your PC screen until the QR code
  is recognised." And from "EU Login for retirees": "If you have a smartphone, we recommend the EU
  Login app."
  In the lab, the smartphone is a virtual phone with the EU Login app installed; its camera is
  shown a picture of the QR code exactly as the PC's screen shows it.

  @faq-APP-01
  Scenario: I add a mobile device with a name and a four-digit PIN code, and a QR code is displayed on my PC
    Given I am signed in to My Account
    When I choose "Manage my mobile devices" in My Account
    And I click on 'Add a mobile device'
    And I provide the name "My phone" for my device and set up the four-digit PIN code "4826"
    And I click on the submit button
    Then a QR code is displayed on the screen of my PC, for the EU Login app to scan

  @faq-APP-01
  Scenario Outline: 'Add a mobile device' refuses <what is wrong>, and says so next to the field
    Given I am signed in to My Account
    When I choose "Manage my mobile devices" in My Account
    And I click on 'Add a mobile device'
    And I type "<device name>" as my device name, "<PIN>" as my 4 digit PIN code and "<confirmation>" to confirm it
    And I click on the submit button
    Then I am told "<message>" next to '<field>'
    And the device name I typed is still there

    Examples:
      | what is wrong           | device name | PIN  | confirmation | field                 | message                                  |
      | a PIN of three digits   | My phone    | 482  | 482          | Your 4 digit PIN code | The PIN code must be exactly four digits |
      | a PIN with a letter     | My phone    | 48a6 | 48a6         | Your 4 digit PIN code | The PIN code must be exactly four digits |
      | two different PIN codes | My phone    | 4826 | 4862         | Confirm your PIN code | The two PIN codes are not the same       |
      | an empty device name    |             | 4826 | 4826         | Your device name      | Enter a name for your device             |

  @faq-APP-02
  Scenario: In the app I select 'Initialise', scan the QR code shown on my PC, enter my PIN code and 'Authenticate'; 'Continue' leads to the welcome screen
    The FAQ: "Your EU Login mobile app is successfully installed and can be used for authenticating.
    Click on 'Continue' to be redirected to the welcome screen." The FAQ does not show that screen. In
    the lab it is the page EU Login shows a person who is signed in and was sent by no application,
    "Successful login" (the one the FAQ's setup starts from: "Once created the account and have
    successfully authenticated for the first time on the ECAS website"), not the "Welcome back"
    sign-in screen, which asks for a password. It says the app is installed; the device is then
    listed in My Account.

    Given I am signed in to My Account
    And the EU Login app is installed on my smartphone
    And I have added the mobile device "My phone" with the PIN code "4826", and its QR code is displayed on my PC
    When I select 'Initialise' in the EU Login app and point the camera of my smartphone to the QR code on my PC screen
    And I enter the PIN code "4826" in the app and tap 'Authenticate'
    Then a success message is displayed on my smartphone, confirming the setup of my mobile device
    When I click on 'Continue' on my PC
    Then I am on the welcome screen, told that my EU Login mobile app is successfully installed and can be used for authenticating
    And "My phone" is listed in my mobile devices

  @faq-APP-02
  Scenario: A PIN code other than the one chosen on the PC is refused by the app, and my PC keeps waiting for the right one
    Given I am signed in to My Account
    And the EU Login app is installed on my smartphone
    And I have added the mobile device "My phone" with the PIN code "4826", and its QR code is displayed on my PC
    When I select 'Initialise' in the EU Login app and point the camera of my smartphone to the QR code on my PC screen
    And I enter the PIN code "1111" in the app and tap 'Authenticate'
    Then the app says the PIN code is not the one chosen on the PC
    When I click on 'Continue' on my PC
    Then my PC says my device is not registered yet, and still shows the QR code
    When I enter the PIN code "4826" in the app and tap 'Authenticate'
    Then a success message is displayed on my smartphone, confirming the setup of my mobile device

  @faq-APP-03
  Scenario: With the app in the foreground, it asks for my PIN code at once, and my PC goes on by itself
    Given I have an EU Login account
    And my smartphone "My phone" is set up with the EU Login app and the PIN code "4826"
    And the EU Login app is open on my smartphone, in the foreground
    When I sign in with my password and the verification method "EU Login Mobile App PIN Code"
    Then my PC says an authentication request is pending on "My phone"
    And the EU Login app asks for my PIN code at once
    When I enter the PIN code "4826" in the app and tap 'Authenticate'
    Then my PC goes on by itself
    And I am signed in to EU Login

  @faq-APP-03
  Scenario: With the app in the background, a notification is displayed, which I must accept before the PIN code
    Given I have an EU Login account
    And my smartphone "My phone" is set up with the EU Login app and the PIN code "4826"
    And the EU Login app is in the background on my smartphone
    When I sign in with my password and the verification method "EU Login Mobile App PIN Code"
    Then a notification is displayed on my smartphone
    When I enter the PIN code "4826" in the app and tap 'Authenticate'
    Then the app asks me to accept the notification first
    When I accept the notification
    And I enter the PIN code "4826" in the app and tap 'Authenticate'
    Then my PC goes on by itself
    And I am signed in to EU Login

  @faq-APP-03
  Scenario: Until the app has answered, my PC waits and does not sign me in
    Given I have an EU Login account
    And my smartphone "My phone" is set up with the EU Login app and the PIN code "4826"
    When I sign in with my password and the verification method "EU Login Mobile App PIN Code"
    Then 'Continue' on my PC says the app has not answered yet: an authentication request is pending

  @faq-APP-04
  Scenario: Once enabled in the app, my fingerprint (or face) replaces the PIN code
    Given I have an EU Login account
    And my smartphone "My phone" is set up with the EU Login app and the PIN code "4826"
    And I have enabled the fingerprint in the EU Login app, confirming it once with my PIN code "4826"
    When I sign in with my password and the verification method "EU Login Mobile App PIN Code"
    And I put my finger on the sensor of my smartphone instead of entering the PIN code
    Then my PC goes on by itself
    And I am signed in to EU Login

  @faq-APP-04
  Scenario: Until it is enabled, the app does not take my fingerprint instead of the PIN code
    Given I have an EU Login account
    And my smartphone "My phone" is set up with the EU Login app and the PIN code "4826"
    When I sign in with my password and the verification method "EU Login Mobile App PIN Code"
    And I put my finger on the sensor of my smartphone instead of entering the PIN code
    Then the app says the fingerprint is not enabled
    And 'Continue' on my PC says the app has not answered yet: an authentication request is pending

  @faq-APP-05
  Scenario: EU Login recommends its app
    Given I am on the EU Login main page
    Then EU Login recommends its app: "Easy, fast and secure: download the EU Login app"
    When I am signed in to My Account
    And I choose "Manage my mobile devices" in My Account
    Then 'Manage my mobile devices' recommends it too, as I have no mobile device yet

  @faq-APP-05
  Scenario: Without a smartphone, the other verification methods remain
    Given I have an EU Login account with the mobile phone number of a basic phone, and no smartphone
    When I start signing in with my e-mail address
    Then "Choose your verification method" offers exactly:
      | Password           |
      | Mobile Phone + SMS |

  @faq-APP-05
  Scenario: With the app on my smartphone, the other verification methods remain for a day without it
    Given I have an EU Login account with the mobile phone number of a basic phone, and no smartphone
    And my smartphone "My phone" is set up with the EU Login app and the PIN code "4826"
    When I start signing in with my e-mail address
    Then "Choose your verification method" offers exactly:
      | Password                     |
      | Mobile Phone + SMS           |
      | EU Login Mobile App PIN Code |
      | EU Login Mobile App QR Code  |

  @faq-APP-06
  Scenario: Lost phone and no other registered factor: PANIC deletes all my devices, I sign in with my password alone and add my new phone
    Given I have an EU Login account
    And my smartphone "Old phone" is set up with the EU Login app and the PIN code "4826"
    And I have lost that smartphone
    When I open My Account
    And I choose "Delete all my devices and eID (PANIC)" in My Account
    Then I am told how many devices this deletes: 1
    When I confirm that all my devices are to be deleted
    Then I am told that all my mobile devices were deleted, and that I can sign in with my password alone
    When I close my browser, then start signing in with my e-mail address
    Then "Choose your verification method" offers exactly:
      | Password |
    When I type my password and click on 'Sign in'
    Then I am signed in to EU Login
    When I set up my new smartphone "New phone" with the EU Login app and the PIN code "5937"
    Then "New phone" is listed in my mobile devices, and "Old phone" is not

  @faq-APP-06
  Scenario: 'Cancel' on the PANIC page deletes nothing
    Given I have an EU Login account
    And my smartphone "My phone" is set up with the EU Login app and the PIN code "4826"
    When I open My Account
    And I choose "Delete all my devices and eID (PANIC)" in My Account
    And I click on 'Cancel' instead
    Then "My phone" is listed in my mobile devices

  @faq-APP-07
  Scenario: A wrong PIN code is refused in the app, and the sign-in does not go through
    Given I have an EU Login account
    And my smartphone "My phone" is set up with the EU Login app and the PIN code "4826"
    When I sign in with my password and the verification method "EU Login Mobile App PIN Code"
    And I enter the PIN code "1111" in the app and tap 'Authenticate'
    Then the app refuses the PIN code, saying how many tries are left
    And 'Continue' on my PC says the app has not answered yet: an authentication request is pending
    When I enter the PIN code "4826" in the app and tap 'Authenticate'
    Then my PC goes on by itself
    And I am signed in to EU Login

  @faq-APP-07
  Scenario: After five wrong PIN codes in a row the device is locked, and the sign-in does not go through
    Given I have an EU Login account
    And my smartphone "My phone" is set up with the EU Login app and the PIN code "4826"
    When I sign in with my password and the verification method "EU Login Mobile App PIN Code"
    And I enter a wrong PIN code in the app 5 times
    Then the app says my device is locked after too many wrong PIN codes
    And my PC says too many wrong PIN codes were entered on this device

  @faq-APP-08
  Scenario: The app scans the QR code on the sign-in page and shows a one-time code, which I type on my PC
    Given I have an EU Login account
    And my smartphone "My phone" is set up with the EU Login app and the PIN code "4826"
    When I sign in with my password and the verification method "EU Login Mobile App QR Code"
    Then a QR code is displayed on the sign-in page of my PC
    When I point the camera of my smartphone to the QR code on my PC screen and enter the PIN code "4826" in the app
    Then the app shows a one-time code
    When I type the one-time code on my PC and click on 'Sign in'
    Then I am signed in to EU Login

  @faq-APP-08
  Scenario: The QR code works with my smartphone offline, in airplane mode
    Given I have an EU Login account
    And my smartphone "My phone" is set up with the EU Login app and the PIN code "4826"
    And my smartphone is in airplane mode
    When I sign in with my password and the verification method "EU Login Mobile App QR Code"
    And I point the camera of my smartphone to the QR code on my PC screen and enter the PIN code "4826" in the app
    Then the app shows a one-time code, though my smartphone has no network
    When I type the one-time code on my PC and click on 'Sign in'
    Then I am signed in to EU Login

  @faq-APP-08
  Scenario: A one-time code made with a wrong PIN code is refused on my PC
    Given I have an EU Login account
    And my smartphone "My phone" is set up with the EU Login app and the PIN code "4826"
    When I sign in with my password and the verification method "EU Login Mobile App QR Code"
    And I point the camera of my smartphone to the QR code on my PC screen and enter the PIN code "1111" in the app
    Then the app shows a one-time code
    When I type the one-time code on my PC and click on 'Sign in'
    Then my PC says this is not the right code, and I am not signed in

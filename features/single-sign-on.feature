Feature: One sign-in for many applications
  From "How to create an EU Login account": "Once you have signed in to EU Login, you stay signed
  in until you close down your browser." From "EU Login for retirees": "My Remote" is "a single
  access point with a menu to access the various Commission applications (JSIS online, My
  IntraComm, SYSPER Post Activity, Staff Matter + Staff Contact and EU Login). All these options
  are accessible with a single EU Login authentication, except JSIS online which requires a second
  one for security reasons." And: "what takes place after a successful login is due to the
  application behind EU Login, not to EU Login itself."
  These applications are reached "via an email address, a password and a second authentication";
  since July 2025 no longer by SMS: "If you cannot use a smartphone but have a PC or laptop, you can
  opt for the other solutions", such as the laptop's own verification (a trusted platform).
  The applications are the lab's demo services; each signs in through the lab's EU Login.

  @faq-SIGN-08
  Scenario: Signed in once, a second application opens without my typing anything
    Given I am signed in to "My Remote" with my password and my laptop's own verification
    When I go to "My IntraComm"
    Then "My IntraComm" opens without my signing in again

  @faq-SIGN-08
  Scenario: Once the browser has been closed, I must sign in again, for the application I was using too
    Closing the browser ends EU Login's sign-in and the application's own session alike: My Remote,
    which was open, sends me to EU Login again.

    Given I am signed in to "My Remote" with my password and my laptop's own verification
    When I close my browser and start it again
    And I go to "My Remote"
    Then EU Login asks me to sign in for "My Remote"
    When I go to "My IntraComm"
    Then EU Login asks me to sign in for "My IntraComm"

  @faq-SIGN-09 @faq-SIGN-14
  Scenario: One sign-in at My Remote gives all its applications
    Given I am signed in to "My Remote" with my password and my laptop's own verification
    Then My Remote offers these applications:
      | JSIS Online                   |
      | My IntraComm                  |
      | SYSPER Post Activity          |
      | Staff Matters & Staff Contact |
      | EU Login                      |
    And each of these opens from My Remote without my signing in again:
      | My IntraComm                  |
      | SYSPER Post Activity          |
      | Staff Matters & Staff Contact |

  @faq-SIGN-09
  Scenario: JSIS Online asks for a second sign-in, for security reasons
    Given I am signed in to "My Remote" with my password and my laptop's own verification
    When I open "JSIS Online" from My Remote
    Then EU Login asks for my password again, for "JSIS Online"
    When I give my password again and confirm with my laptop's own verification
    Then "JSIS Online" opens, and shows that I signed in again for it

  @faq-SIGN-14
  Scenario: With my password alone, My Remote leads me to add a second factor: the app or a security key, not a phone number
    Given I have an EU Login account
    When I go to My Remote and click on 'Login'
    And I type my e-mail address, click on 'Next', then my password and click on 'Sign in'
    Then I am told that My Remote requires more than my password
    And the verification methods it accepts are:
      | EU Login Mobile App PIN Code     |
      | EU Login Mobile App QR Code      |
      | Security Key or Trusted Platform |
    And I am offered to add a mobile device, and not a mobile phone number

  @faq-SIGN-10
  Scenario: The sign-in page shows which application asked for the sign-in
    Given I have an EU Login account
    When I go to "MyPMO"
    Then EU Login asks me to sign in for "MyPMO"
    And the address in my browser is EU Login's

  @faq-SIGN-10
  Scenario: The address of an unknown application is refused with a clear page
    Given I have an EU Login account
    When a link sends me to EU Login's sign-in for the unknown address "http://myremote.example.net/collect"
    Then EU Login says that the application is not known to it, showing the address "http://myremote.example.net/collect"
    And I am not sent to "http://myremote.example.net/collect"

  @faq-SIGN-11
  Scenario: An error after a successful sign-in comes from the application, and its page says so
    Given I am signed in to "SYSPER Post Activity" with my password and my laptop's own verification
    When I open "My pension statement" in "SYSPER Post Activity"
    Then "SYSPER Post Activity" shows an error page of its own, at its own address
    And the error page says the error comes from "SYSPER Post Activity", not from EU Login

  @faq-SIGN-13
  Scenario: The EURES portal takes SMS or the app but not the password alone: with a mobile phone, SMS is the only choice
    Given I have an EU Login account with my mobile phone number registered
    When I go to "EURES portal"
    And I choose "Sign in" on the EURES portal
    And I give my e-mail address
    Then "Choose your verification method" offers only "Mobile Phone + SMS"

  @faq-SIGN-13 @faq-SIGN-14
  Scenario: The Commission's applications no longer take SMS (since July 2025): with only a mobile phone, no method is left to choose
    Given I have an EU Login account with my mobile phone number registered
    When I go to "My IntraComm"
    And I give my e-mail address
    Then "Mobile Phone + SMS" is not among the verification methods I can choose
    When I type my password and click on 'Sign in'
    Then I am told that My IntraComm requires more than my password

  @faq-SIGN-13
  Scenario: The verification method used last time is preselected
    Given I have an EU Login account with my mobile phone number registered
    And I have signed in to EU Login with my password and "Mobile Phone + SMS"
    When I close my browser and start it again
    And I come back to EU Login to sign in
    Then "Choose your verification method" offers "Password" and "Mobile Phone + SMS"
    And "Mobile Phone + SMS" is preselected

Feature: Applications that sign in with OpenID Connect
  Many applications behind EU Login no longer use CAS: they use EU Login's OpenID Connect service
  instead, as EUShare, the Commission's file-sharing service, does. For the person it is the same
  EU Login: the same account, the same sign-in pages, the same verification methods, and the same
  single sign-on. Signed in to one application, the other opens without a password, whichever
  way each of them signs in; logging out of one logs out of EU Login, and the other then asks to
  sign in again.
  EUShare here is the lab's demo of it; it signs in through the lab's EU Login with OpenID
  Connect. These scenarios answer no FAQ question of their own: the report lists them apart.

  @openid-connect
  Scenario: Signing in to an application that uses OpenID Connect is signing in to EU Login
    Given I have an EU Login account
    When I go to "EUShare"
    Then EU Login asks me to sign in for "EUShare"
    When I sign in with my EU Login password and "Password"
    Then "EUShare" opens, and shows what it received from EU Login: my e-mail address, my name and how I signed in

  @openid-connect
  Scenario: Signed in to EUShare, My Remote opens without my typing anything
    Given I am signed in to "EUShare" with my password and my laptop's own verification
    When I open "My Remote" from "EUShare"
    Then "My Remote" opens without my signing in again

  @openid-connect
  Scenario: Signed in to My Remote, EUShare opens without my typing anything
    Given I am signed in to "My Remote" with my password and my laptop's own verification
    When I open "EUShare" from My Remote
    Then "EUShare" opens without my signing in again

  @openid-connect
  Scenario: EUShare asks for a second factor before I share a file
    Given I have an EU Login account with my mobile phone number registered
    When I go to "EUShare"
    And I sign in with my EU Login password and "Password"
    And I open "Share a file" in "EUShare"
    Then EU Login asks me for a second factor, for "EUShare"
    When I sign in with my EU Login password and "Mobile Phone + SMS"
    Then "EUShare" lets me share a file, and shows that I signed in with "Mobile Phone + SMS"

  @openid-connect
  Scenario: Logging out of EUShare logs me out of EU Login: My Remote then asks me to sign in
    Given I am signed in to "EUShare" with my password and my laptop's own verification
    When I log out of "EUShare"
    Then EUShare says that I have signed out of EUShare and of EU Login
    When I go to "My Remote"
    Then EU Login asks me to sign in for "My Remote"

  @openid-connect
  Scenario: Logging out of My Remote logs me out of EU Login: EUShare then asks me to sign in
    Given I am signed in to "My Remote" with my password and my laptop's own verification
    When I log out of "My Remote"
    Then EU Login says that I have logged out
    When I go to "EUShare"
    Then EU Login asks me to sign in for "EUShare"

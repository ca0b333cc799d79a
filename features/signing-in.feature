Feature: Signing in to EU Login
  From "How to create an EU Login account": "Sign in by e-mail address: type it and click NEXT
  (not 'Create an account'), then the password and the verification method." And from the EURES
  stock replies: a wrong password gives "Incorrect password supplied", with the way to reset it.

  @faq-SIGN-01
  Scenario: I type my e-mail address, click NEXT, then give my password
    Given I have an EU Login account
    When I sign in with my e-mail address and my password
    Then I am signed in to EU Login

  @faq-SIGN-06
  Scenario: A wrong password gives "Incorrect password supplied" with the way to reset it
    Given I have an EU Login account
    When I sign in with my e-mail address and the password "Not-my-password-1"
    Then I am told "Incorrect password supplied"
    And I am offered to reset my password

package lab.eulogin.steps;

import java.time.Duration;

import io.cucumber.java.en.When;
import lab.eulogin.steps.fixtures.RunningLab;

/** Time passing, through the lab clock, as a CI pipeline would move it. */
public class LabClockSteps {
    private final RunningLab lab;

    public LabClockSteps(RunningLab lab) {
        this.lab = lab;
    }

    @When("{int} hour(s) and {int} minute(s) go by")
    public void timeGoesBy(int hours, int minutes) {
        lab.clock().advance(Duration.ofHours(hours).plusMinutes(minutes));
    }

    @When("{int} minute(s) go(es) by")
    public void minutesGoBy(int minutes) {
        lab.clock().advance(Duration.ofMinutes(minutes));
    }

    @When("{int} day(s) go(es) by")
    public void daysGoBy(int days) {
        lab.clock().advance(Duration.ofDays(days));
    }
}

package lab.eulogin.steps;

import java.time.Duration;

import io.cucumber.java.en.When;

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
}

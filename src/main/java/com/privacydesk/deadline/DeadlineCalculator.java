package com.privacydesk.deadline;

import com.privacydesk.country.CountryProfile;
import com.privacydesk.country.CountryProfiles;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The legal deadline calculus of a data-subject request: GDPR Art. 12(3) periods counted as
 * Regulation (EEC, Euratom) No 1182/71 Art. 3 counts periods in months, in the controller's zone and with the
 * public holidays of the controller's country profile (with its subdivision's: DE-BY counts Corpus Christi).
 * Pure and stateless apart from its settings, so it is tested without the engine; callers pass the instants
 * (engine clock), this class turns them into dates.
 */
@Component
public class DeadlineCalculator {

    static final String COUNTRY_SETTING = "privacy-desk.deadlines.country";

    /** Upper bound for the working-day roll: no real calendar has a year without a working day. */
    private static final int MAX_ROLL_DAYS = 366;

    private final DeadlineProperties properties;
    private final ZoneId zone;
    private final CountryProfile profile;
    private final HolidayManager holidays;
    /** Jollyday's region arguments: the subdivision's holidays on top of the country's. */
    private final String[] region;

    /** With the profiles the application ships. */
    @Autowired
    public DeadlineCalculator(DeadlineProperties properties) {
        this(properties, CountryProfiles.bundled());
    }

    public DeadlineCalculator(DeadlineProperties properties, CountryProfiles profiles) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.zone = require(properties.zone(), "zone");
        require(properties.identityClarification(), "identity-clarification");
        requireNotNegative(require(properties.reminderLeadTime(), "reminder-lead-time"), "reminder-lead-time");
        requireNotNegative(require(properties.identityReplyWindow(), "identity-reply-window"), "identity-reply-window");
        requireNotNegative(require(properties.reactionQuietPeriod(), "reaction-quiet-period"), "reaction-quiet-period");
        this.profile = knownProfile(Objects.requireNonNull(profiles, "profiles"), properties.country());
        // Built once: Jollyday parses the country's calendar here, not on every deadline.
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(profile.holidayCalendar()));
        this.region = profile.holidayRegion() == null ? new String[0] : new String[] {profile.holidayRegion()};
    }

    /** The country-profile codes the setting accepts (ISO 3166-1, or ISO 3166-2 for a German Land). */
    public static SortedSet<String> supportedCountries() {
        return new TreeSet<>(CountryProfiles.bundled().codes());
    }

    public ZoneId zone() {
        return zone;
    }

    /** The controller's country-profile code as used for public holidays, upper case: {@code PL}, {@code DE-BY}. */
    public String country() {
        return profile.code();
    }

    /** The controller's country profile: authority, court remedy, retention defaults, letter languages. */
    public CountryProfile countryProfile() {
        return profile;
    }

    public IdentityClarification identityClarification() {
        return properties.identityClarification();
    }

    /** The calendar day of receipt in the controller's zone: a request at 23:30 UTC may arrive "tomorrow". */
    public LocalDate receiptDate(Instant receivedAt) {
        return dateOf(Objects.requireNonNull(receivedAt, "receivedAt"));
    }

    /** The calendar day an instant falls on in the controller's zone. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /**
     * GDPR Art. 12(3): one month from receipt. Reg. 1182/71 Art. 3(1): the day of receipt is not counted;
     * Art. 3(2)(c): the period ends on the same date in the next month, or on that month's last day where it has
     * no such date (plusMonths clips 31 January to 28/29 February); Art. 3(4): rolled to the next working day.
     */
    public CaseDeadline oneMonth(Instant receivedAt) {
        LocalDate periodEnd = receiptDate(receivedAt).plusMonths(1);
        return new CaseDeadline(periodEnd, rollToWorkingDay(periodEnd), 0);
    }

    /**
     * Art. 12(6) with EDPB Guidelines 01/2022 §159 and Example 31: while the controller waits for the identity
     * information it asked for, the period is suspended, so the calendar days waited are added to the unrolled
     * period end, which is then rolled again (Reg. 1182/71 Art. 3(4)). Under {@link IdentityClarification#STRICT}
     * the deadline does not move.
     */
    public CaseDeadline suspend(CaseDeadline current, Instant waitingSince, Instant resumedAt) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(waitingSince, "waitingSince");
        Objects.requireNonNull(resumedAt, "resumedAt");
        if (properties.identityClarification() == IdentityClarification.STRICT) {
            return current;
        }
        return suspendDays(current, waitingSince, resumedAt);
    }

    /**
     * The suspension itself, for a wait already found to suspend the period ({@link IdentityWaits} decides that when
     * the question goes out): the calendar days waited are added to the unrolled period end, which is rolled again.
     */
    public CaseDeadline suspendDays(CaseDeadline current, Instant waitingSince, Instant resumedAt) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(waitingSince, "waitingSince");
        Objects.requireNonNull(resumedAt, "resumedAt");
        // Calendar days in the zone: a wait from 23:30 to 00:30 local spans one day; a same-day wait none.
        int waited = (int) Math.max(0, ChronoUnit.DAYS.between(receiptDate(waitingSince), receiptDate(resumedAt)));
        LocalDate periodEnd = current.periodEnd().plusDays(waited);
        return new CaseDeadline(periodEnd, rollToWorkingDay(periodEnd), current.daysSuspended() + waited);
    }

    /**
     * Art. 12(3) extension "by two further months". The two readings differ at month ends (received 31 January
     * 2025: three months from receipt = 30 April, two months after the unrolled one-month date 28 February =
     * 28 April); the earlier is taken so the desk is never late under either reading. Suspended days are added
     * and the result rolled to a working day (Reg. 1182/71 Art. 3(4)).
     */
    public LocalDate extended(Instant receivedAt, int daysSuspended) {
        if (daysSuspended < 0) {
            throw new IllegalArgumentException("daysSuspended must not be negative: " + daysSuspended);
        }
        LocalDate receipt = receiptDate(receivedAt);
        LocalDate threeMonthsFromReceipt = receipt.plusMonths(3);
        LocalDate twoMonthsAfterOneMonth = receipt.plusMonths(1).plusMonths(2);
        LocalDate earlier = threeMonthsFromReceipt.isBefore(twoMonthsAfterOneMonth)
                ? threeMonthsFromReceipt : twoMonthsAfterOneMonth;
        return rollToWorkingDay(earlier.plusDays(daysSuspended));
    }

    /** Reg. 1182/71 Art. 3(2): a period ends with the expiry of the last hour of its last day, in the controller's zone. */
    public Instant endOfDay(LocalDate date) {
        return Objects.requireNonNull(date, "date").atTime(LocalTime.MAX).atZone(zone).toInstant();
    }

    /** The reminder: exactly reminderLeadTime before the end of the deadline day. */
    public Instant remindAt(LocalDate deadline) {
        return endOfDay(deadline).minus(properties.reminderLeadTime());
    }

    /** Calendar days from today (in the zone) to the deadline: 0 on the day itself, negative once it has passed. */
    public long daysLeft(LocalDate deadline, Instant now) {
        Objects.requireNonNull(deadline, "deadline");
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(Objects.requireNonNull(now, "now"), zone), deadline);
    }

    /** True once the deadline day has ended in the zone: the case is overdue and may no longer be extended. */
    public boolean hasPassed(LocalDate deadline, Instant now) {
        return Objects.requireNonNull(now, "now").isAfter(endOfDay(deadline));
    }

    /** Reg. 1182/71 Art. 3(4): Saturdays, Sundays and the country's (and subdivision's) public holidays are not working days. */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        // Only PUBLIC_HOLIDAY: Jollyday's observances (e.g. NL Good Friday, BE 15 November) are working days.
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !holidays.isHoliday(date, HolidayType.PUBLIC_HOLIDAY, region);
    }

    /** Reg. 1182/71 Art. 3(4): a period ending on a non-working day ends at the end of the next working day. */
    public LocalDate rollToWorkingDay(LocalDate date) {
        LocalDate day = Objects.requireNonNull(date, "date");
        for (int i = 0; i <= MAX_ROLL_DAYS; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("No working day within a year after " + date + " in the holiday calendar of "
                + profile.code() + " (" + COUNTRY_SETTING + ")");
    }

    /** End of the day (zone) identityReplyWindow after the request for identity information; not rolled. */
    public Instant informationDueAt(Instant requestedAt) {
        return endOfDay(receiptDate(requestedAt).plus(properties.identityReplyWindow()));
    }

    /** End of the day (zone) reactionQuietPeriod after the answer; not rolled. */
    public Instant quietUntil(Instant answeredAt) {
        return endOfDay(receiptDate(answeredAt).plus(properties.reactionQuietPeriod()));
    }

    private static CountryProfile knownProfile(CountryProfiles profiles, String configured) {
        try {
            return profiles.require(configured);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(COUNTRY_SETTING + " (PRIVACY_DESK_DEADLINES_COUNTRY) is '" + configured
                    + "', which is not a known country profile; known: " + String.join(", ", profiles.codes()));
        }
    }

    private static <T> T require(T value, String setting) {
        if (value == null) {
            throw new IllegalArgumentException("privacy-desk.deadlines." + setting + " must be set");
        }
        return value;
    }

    private static void requireNotNegative(Duration value, String setting) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("privacy-desk.deadlines." + setting + " must not be negative: " + value);
        }
    }

    private static void requireNotNegative(Period value, String setting) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("privacy-desk.deadlines." + setting + " must not be negative: " + value);
        }
    }
}

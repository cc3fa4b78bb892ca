package com.privacydesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected dates are worked out by hand from a calendar (weekdays checked with `date -d`), never from the code.
 * Receipt instants are UTC; Europe/Warsaw is UTC+1 in winter and UTC+2 from 30 March to 26 October 2025.
 */
class DeadlineCalculatorTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private static DeadlineCalculator calculator(String country) {
        return calculator(country, WARSAW, IdentityClarification.SUSPEND, Duration.ofDays(7));
    }

    private static DeadlineCalculator calculator(String country, ZoneId zone, IdentityClarification policy,
                                                 Duration leadTime) {
        return new DeadlineCalculator(new DeadlineProperties(country, zone, leadTime, policy,
                Period.ofMonths(1), Period.ofDays(14)));
    }

    @ParameterizedTest(name = "[{index}] {0} received {1} -> period ends {2}, deadline {3} ({4})")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # country | receivedAt            | periodEnd  | deadline   | why
            PL | 2025-03-05T10:00:00Z | 2025-04-05 | 2025-04-07 | EDPB example 5 March -> 5 April, a Saturday: Monday
            PL | 2025-08-31T10:00:00Z | 2025-09-30 | 2025-09-30 | EDPB example 31 August -> 30 September, a Tuesday
            PL | 2025-01-31T10:00:00Z | 2025-02-28 | 2025-02-28 | 31 Jan, non-leap year: 28 Feb, a Friday
            PL | 2024-01-31T10:00:00Z | 2024-02-29 | 2024-02-29 | 31 Jan, leap year: 29 Feb, a Thursday
            PL | 2025-01-29T10:00:00Z | 2025-02-28 | 2025-02-28 | 29 Jan, non-leap year: no 29 Feb
            PL | 2023-01-30T10:00:00Z | 2023-02-28 | 2023-02-28 | 30 Jan, non-leap year
            PL | 2025-03-31T10:00:00Z | 2025-04-30 | 2025-04-30 | 31st into a 30-day month
            PL | 2025-04-30T10:00:00Z | 2025-05-30 | 2025-05-30 | 30th into a 31-day month stays the 30th
            PL | 2025-05-31T10:00:00Z | 2025-06-30 | 2025-06-30 | 31 May -> 30 June, a Monday
            PL | 2025-10-31T10:00:00Z | 2025-11-30 | 2025-12-01 | 31 Oct -> 30 Nov, a Sunday: Monday
            PL | 2025-02-15T10:00:00Z | 2025-03-15 | 2025-03-17 | Saturday: Monday
            PL | 2025-10-11T10:00:00Z | 2025-11-11 | 2025-11-12 | PL Independence Day, Tuesday
            PL | 2024-04-03T10:00:00Z | 2024-05-03 | 2024-05-06 | PL Constitution Day Friday, then weekend
            PL | 2025-04-01T10:00:00Z | 2025-05-01 | 2025-05-02 | PL Labour Day Thursday; 2 May is a working day
            PL | 2025-03-21T10:00:00Z | 2025-04-21 | 2025-04-22 | PL Easter Monday
            PL | 2025-05-19T10:00:00Z | 2025-06-19 | 2025-06-20 | PL Corpus Christi
            PL | 2025-07-15T10:00:00Z | 2025-08-15 | 2025-08-18 | PL Assumption Friday, then weekend
            PL | 2025-11-24T10:00:00Z | 2025-12-24 | 2025-12-29 | PL Christmas Eve (holiday since 2025) to Sunday 28 Dec
            PL | 2024-11-24T10:00:00Z | 2024-12-24 | 2024-12-24 | PL Christmas Eve 2024 was still a working day
            PL | 2025-12-01T10:00:00Z | 2026-01-01 | 2026-01-02 | year boundary: New Year's Day, Thursday
            PL | 2025-12-31T10:00:00Z | 2026-01-31 | 2026-02-02 | year boundary: 31 Jan 2026 is a Saturday
            PL | 2024-12-06T10:00:00Z | 2025-01-06 | 2025-01-07 | PL Epiphany, Monday
            DE | 2024-12-06T10:00:00Z | 2025-01-06 | 2025-01-06 | DE: Epiphany is not a national holiday
            DE | 2025-09-03T10:00:00Z | 2025-10-03 | 2025-10-06 | DE Unity Day Friday, then weekend
            DE | 2025-03-18T10:00:00Z | 2025-04-18 | 2025-04-22 | DE Good Friday, Easter weekend, Easter Monday
            DE | 2026-11-25T10:00:00Z | 2026-12-25 | 2026-12-28 | DE Christmas Friday, 26 Dec Saturday, Sunday
            DE | 2022-11-25T10:00:00Z | 2022-12-25 | 2022-12-27 | DE Christmas Sunday, 26 Dec holiday Monday
            DE | 2025-10-11T10:00:00Z | 2025-11-11 | 2025-11-11 | DE: 11 November is a working day
            NL | 2023-03-27T10:00:00Z | 2023-04-27 | 2023-04-28 | NL King's Day, Thursday
            NL | 2024-03-01T10:00:00Z | 2024-04-01 | 2024-04-02 | NL Easter Monday
            NL | 2025-03-18T10:00:00Z | 2025-04-18 | 2025-04-18 | NL Good Friday is only an observance
            NL | 2025-04-29T10:00:00Z | 2025-05-29 | 2025-05-30 | NL Ascension Day
            BE | 2025-06-21T10:00:00Z | 2025-07-21 | 2025-07-22 | BE National Day, Monday
            BE | 2025-10-11T10:00:00Z | 2025-11-11 | 2025-11-12 | BE Armistice Day
            BE | 2025-03-20T10:00:00Z | 2025-04-20 | 2025-04-22 | BE Easter Sunday, Easter Monday
            BE | 2024-10-15T10:00:00Z | 2024-11-15 | 2024-11-15 | BE King's Feast is only an observance
            BE | 2022-11-25T10:00:00Z | 2022-12-25 | 2022-12-26 | BE Christmas Sunday; 26 Dec is a working day
            DE-BY | 2026-05-04T10:00:00Z | 2026-06-04 | 2026-06-05 | DE-BY Corpus Christi, Thursday (issue 18)
            DE    | 2026-05-04T10:00:00Z | 2026-06-04 | 2026-06-04 | DE without a Land: Corpus Christi is a working day
            DE-BE | 2026-05-04T10:00:00Z | 2026-06-04 | 2026-06-04 | DE-BE: no Corpus Christi in Berlin
            DE-BY | 2025-12-06T10:00:00Z | 2026-01-06 | 2026-01-07 | DE-BY Epiphany, Tuesday
            DE-BW | 2025-12-06T10:00:00Z | 2026-01-06 | 2026-01-07 | DE-BW Epiphany, Tuesday
            DE-HE | 2025-12-06T10:00:00Z | 2026-01-06 | 2026-01-06 | DE-HE: Epiphany is a working day
            DE-NW | 2026-10-01T10:00:00Z | 2026-11-01 | 2026-11-02 | DE-NW All Saints on a Sunday: Monday
            DE-NW | 2025-10-01T10:00:00Z | 2025-11-01 | 2025-11-03 | DE-NW All Saints Saturday, then Sunday
            DE-RP | 2027-10-01T10:00:00Z | 2027-11-01 | 2027-11-02 | DE-RP All Saints, Monday
            DE-SN | 2025-10-19T10:00:00Z | 2025-11-19 | 2025-11-20 | DE-SN Repentance Day, Wednesday
            DE-BY | 2025-10-19T10:00:00Z | 2025-11-19 | 2025-11-19 | DE-BY: Repentance Day is a working day
            DE-BE | 2026-02-08T10:00:00Z | 2026-03-08 | 2026-03-09 | DE-BE Women's Day on a Sunday: Monday
            DE-BE | 2027-02-08T10:00:00Z | 2027-03-08 | 2027-03-09 | DE-BE International Women's Day, Monday
            DE-TH | 2026-08-20T10:00:00Z | 2026-09-20 | 2026-09-21 | DE-TH Children's Day on a Sunday: Monday
            DE-TH | 2027-08-20T10:00:00Z | 2027-09-20 | 2027-09-21 | DE-TH Children's Day, Monday
            DE-SL | 2025-07-15T10:00:00Z | 2025-08-15 | 2025-08-18 | DE-SL Assumption Friday, then weekend
            NL    | 2026-03-27T10:00:00Z | 2026-04-27 | 2026-04-28 | NL King's Day, Monday (issue 18)
            NL    | 2026-11-25T10:00:00Z | 2026-12-25 | 2026-12-28 | NL Christmas Friday, Boxing Day Saturday
            BE    | 2026-06-21T10:00:00Z | 2026-07-21 | 2026-07-22 | BE National Day, Tuesday (issue 18)
            BE    | 2026-07-15T10:00:00Z | 2026-08-15 | 2026-08-17 | BE Assumption Saturday, then Sunday
            PL    | 2026-04-03T10:00:00Z | 2026-05-03 | 2026-05-04 | PL Constitution Day on a Sunday: Monday
            """)
    void oneMonth(String country, Instant receivedAt, LocalDate periodEnd, LocalDate deadline, String why) {
        assertThat(calculator(country).oneMonth(receivedAt)).isEqualTo(new CaseDeadline(periodEnd, deadline, 0));
    }

    @ParameterizedTest(name = "[{index}] {0} in {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # receivedAt (any offset)       | zone          | receipt date
            2025-03-31T23:30:00Z             | Europe/Warsaw | 2025-04-01
            2025-03-31T21:59:59Z             | Europe/Warsaw | 2025-03-31
            2025-03-31T22:00:00Z             | Europe/Warsaw | 2025-04-01
            2025-02-27T22:59:59Z             | Europe/Warsaw | 2025-02-27
            2025-02-27T23:00:00Z             | Europe/Warsaw | 2025-02-28
            2025-03-31T20:30:00-03:00        | Europe/Warsaw | 2025-04-01
            2025-04-01T00:30:00+02:00        | Europe/Warsaw | 2025-04-01
            2025-04-01T00:30:00+03:00        | Europe/Warsaw | 2025-03-31
            2025-01-31T23:30:00Z             | Europe/London | 2025-01-31
            2025-01-31T23:30:00Z             | Europe/Warsaw | 2025-02-01
            """)
    void receiptDate_isTheCalendarDayInTheZone(String receivedAt, ZoneId zone, LocalDate expected) {
        DeadlineCalculator calculator = calculator("PL", zone, IdentityClarification.SUSPEND, Duration.ofDays(7));
        assertThat(calculator.receiptDate(OffsetDateTime.parse(receivedAt).toInstant())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] received {0} -> {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # receivedAt          | periodEnd  | deadline
            2025-03-31T23:30:00Z | 2025-05-01 | 2025-05-02
            2025-03-31T21:59:59Z | 2025-04-30 | 2025-04-30
            2025-02-27T23:00:00Z | 2025-03-28 | 2025-03-28
            2025-02-27T22:59:59Z | 2025-03-27 | 2025-03-27
            """)
    void oneMonth_countsFromTheZoneDateAroundMidnight(Instant receivedAt, LocalDate periodEnd, LocalDate deadline) {
        assertThat(calculator("PL").oneMonth(receivedAt)).isEqualTo(new CaseDeadline(periodEnd, deadline, 0));
    }

    @ParameterizedTest(name = "[{index}] {0} received {1}, {2} days suspended -> {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            # country | receivedAt          | suspended | extended   | why
            PL | 2025-01-31T10:00:00Z | 0  | 2025-04-28 | readings 30 Apr / 28 Apr: the earlier, a Monday
            PL | 2024-01-31T10:00:00Z | 0  | 2024-04-29 | leap year: readings 30 Apr / 29 Apr
            PL | 2025-10-31T10:00:00Z | 0  | 2026-01-30 | readings 31 Jan 2026 (Sat) / 30 Jan (Fri): no roll to 2 Feb
            PL | 2025-05-31T10:00:00Z | 0  | 2025-09-01 | readings 31 Aug (Sun) / 30 Aug (Sat): rolled to Monday
            PL | 2025-03-05T10:00:00Z | 0  | 2025-06-05 | readings agree: 5 June, a Thursday
            PL | 2025-08-31T10:00:00Z | 0  | 2025-12-01 | readings agree: 30 Nov, a Sunday
            PL | 2024-11-30T10:00:00Z | 0  | 2025-02-28 | readings agree across the year: 28 Feb
            PL | 2025-02-01T10:00:00Z | 0  | 2025-05-02 | 1 May holiday: 2 May
            PL | 2025-01-31T10:00:00Z | 5  | 2025-05-05 | 28 Apr + 5 days = 3 May, holiday Saturday, then Sunday
            PL | 2025-01-31T10:00:00Z | 1  | 2025-04-29 | 28 Apr + 1 day
            DE | 2025-07-03T10:00:00Z | 0  | 2025-10-06 | DE Unity Day Friday, then weekend
            PL | 2025-01-31T23:30:00Z | 0  | 2025-05-02 | received 1 Feb in Warsaw: 1 May holiday
            """)
    void extended(String country, Instant receivedAt, int daysSuspended, LocalDate expected, String why) {
        assertThat(calculator(country).extended(receivedAt, daysSuspended)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] received {0}, waited {1} .. {2} -> {3} / {4}, {5} days")
    @CsvSource(delimiter = '|', textBlock = """
            # receivedAt          | waitingSince         | resumedAt            | periodEnd  | deadline   | days
            2025-03-05T10:00:00Z | 2025-03-10T09:00:00Z | 2025-03-20T15:00:00Z | 2025-04-15 | 2025-04-15 | 10
            2025-01-31T10:00:00Z | 2025-02-03T09:00:00Z | 2025-02-04T08:00:00Z | 2025-03-01 | 2025-03-03 | 1
            2025-03-28T10:00:00Z | 2025-04-01T09:00:00Z | 2025-04-04T09:00:00Z | 2025-05-01 | 2025-05-02 | 3
            2025-03-05T10:00:00Z | 2025-03-10T08:00:00Z | 2025-03-10T20:00:00Z | 2025-04-05 | 2025-04-07 | 0
            2025-03-05T10:00:00Z | 2025-03-10T22:30:00Z | 2025-03-10T23:30:00Z | 2025-04-06 | 2025-04-07 | 1
            2025-03-05T10:00:00Z | 2025-03-20T10:00:00Z | 2025-03-10T10:00:00Z | 2025-04-05 | 2025-04-07 | 0
            """)
    void suspend_addsTheCalendarDaysWaitedThenRolls(Instant receivedAt, Instant waitingSince, Instant resumedAt,
                                                   LocalDate periodEnd, LocalDate deadline, int days) {
        DeadlineCalculator calculator = calculator("PL");
        CaseDeadline suspended = calculator.suspend(calculator.oneMonth(receivedAt), waitingSince, resumedAt);
        assertThat(suspended).isEqualTo(new CaseDeadline(periodEnd, deadline, days));
    }

    @Test
    void suspend_twice_addsUp() {
        DeadlineCalculator calculator = calculator("PL");
        CaseDeadline first = calculator.suspend(calculator.oneMonth(Instant.parse("2025-03-05T10:00:00Z")),
                Instant.parse("2025-03-10T09:00:00Z"), Instant.parse("2025-03-20T09:00:00Z"));
        CaseDeadline second = calculator.suspend(first,
                Instant.parse("2025-03-25T09:00:00Z"), Instant.parse("2025-03-26T09:00:00Z"));
        // 5 April + 10 + 1 days = 16 April, a Wednesday
        assertThat(second).isEqualTo(new CaseDeadline(LocalDate.of(2025, 4, 16), LocalDate.of(2025, 4, 16), 11));
    }

    @Test
    void suspend_underStrictPolicy_leavesTheDeadlineUnchanged() {
        DeadlineCalculator strict = calculator("PL", WARSAW, IdentityClarification.STRICT, Duration.ofDays(7));
        CaseDeadline original = strict.oneMonth(Instant.parse("2025-03-05T10:00:00Z"));
        CaseDeadline after = strict.suspend(original,
                Instant.parse("2025-03-10T09:00:00Z"), Instant.parse("2025-03-20T15:00:00Z"));
        assertThat(after).isEqualTo(new CaseDeadline(LocalDate.of(2025, 4, 5), LocalDate.of(2025, 4, 7), 0));
    }

    @ParameterizedTest(name = "[{index}] deadline {0}, now {1} -> {2} days left")
    @CsvSource(delimiter = '|', textBlock = """
            # deadline | now                  | days left
            2025-04-07 | 2025-03-08T11:00:00Z | 30
            2025-04-07 | 2025-04-06T21:59:59Z | 1
            2025-04-07 | 2025-04-06T22:00:00Z | 0
            2025-04-07 | 2025-04-07T21:59:59Z | 0
            2025-04-07 | 2025-04-07T22:00:00Z | -1
            2025-04-07 | 2025-05-07T10:00:00Z | -30
            2026-01-02 | 2025-12-31T22:59:59Z | 2
            2026-01-02 | 2025-12-31T23:00:00Z | 1
            """)
    void daysLeft(LocalDate deadline, Instant now, long expected) {
        assertThat(calculator("PL").daysLeft(deadline, now)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] deadline {0}, now {1} -> passed {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-04-07 | 2025-04-07T21:59:59Z | false
            2025-04-07 | 2025-04-07T22:00:00Z | true
            2025-01-15 | 2025-01-15T22:59:59Z | false
            2025-01-15 | 2025-01-15T23:00:00Z | true
            """)
    void hasPassed_onlyAfterTheEndOfTheDeadlineDay(LocalDate deadline, Instant now, boolean expected) {
        assertThat(calculator("PL").hasPassed(deadline, now)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] end of {0} in {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # date     | zone          | last instant
            2025-04-07 | Europe/Warsaw | 2025-04-07T21:59:59.999999999Z
            2025-01-15 | Europe/Warsaw | 2025-01-15T22:59:59.999999999Z
            2025-03-30 | Europe/Warsaw | 2025-03-30T21:59:59.999999999Z
            2025-10-26 | Europe/Warsaw | 2025-10-26T22:59:59.999999999Z
            2025-01-15 | Europe/London | 2025-01-15T23:59:59.999999999Z
            """)
    void endOfDay(LocalDate date, ZoneId zone, Instant expected) {
        DeadlineCalculator calculator = calculator("PL", zone, IdentityClarification.SUSPEND, Duration.ofDays(7));
        assertThat(calculator.endOfDay(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] deadline {0}, lead {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # deadline | lead time | reminder
            2025-04-07 | P7D       | 2025-03-31T21:59:59.999999999Z
            2025-04-07 | PT36H     | 2025-04-06T09:59:59.999999999Z
            2025-01-15 | P7D       | 2025-01-08T22:59:59.999999999Z
            2025-04-02 | P7D       | 2025-03-26T21:59:59.999999999Z
            2025-04-07 | PT0S      | 2025-04-07T21:59:59.999999999Z
            """)
    void remindAt_isTheLeadTimeBeforeTheEndOfTheDeadlineDay(LocalDate deadline, Duration leadTime, Instant expected) {
        // The lead time is an exact duration: across the spring DST change (2025-04-02) it lands at 22:59:59 CET.
        DeadlineCalculator calculator = calculator("PL", WARSAW, IdentityClarification.SUSPEND, leadTime);
        assertThat(calculator.remindAt(deadline)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} {1} working day: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PL | 2025-11-11 | false
            PL | 2025-11-12 | true
            PL | 2025-12-24 | false
            PL | 2024-12-24 | true
            PL | 2025-03-15 | false
            PL | 2025-03-16 | false
            PL | 2025-03-17 | true
            DE | 2025-10-03 | false
            DE | 2025-11-11 | true
            NL | 2023-04-27 | false
            NL | 2025-04-18 | true
            BE | 2025-07-21 | false
            BE | 2024-11-15 | true
            DE-NI | 2025-10-31 | false
            DE-BY | 2025-10-31 | true
            DE-BY | 2027-11-01 | false
            DE-SN | 2026-11-18 | false
            DE-ST | 2026-01-06 | false
            DE-MV | 2026-03-09 | true
            DE-MV | 2027-03-08 | false
            """)
    void isWorkingDay(String country, LocalDate date, boolean expected) {
        assertThat(calculator(country).isWorkingDay(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} roll {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PL | 2025-12-24 | 2025-12-29
            PL | 2025-12-29 | 2025-12-29
            DE | 2022-12-25 | 2022-12-27
            BE | 2022-12-25 | 2022-12-26
            """)
    void rollToWorkingDay(String country, LocalDate date, LocalDate expected) {
        assertThat(calculator(country).rollToWorkingDay(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] asked {0} -> identity information due {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-01-31T10:00:00Z | 2025-02-28T22:59:59.999999999Z
            2025-03-31T23:30:00Z | 2025-05-01T21:59:59.999999999Z
            2025-03-05T10:00:00Z | 2025-04-05T21:59:59.999999999Z
            """)
    void informationDueAt_isTheEndOfTheDayOneMonthLater(Instant requestedAt, Instant expected) {
        assertThat(calculator("PL").informationDueAt(requestedAt)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] answered {0} -> quiet until {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-12-20T12:00:00Z | 2026-01-03T22:59:59.999999999Z
            2025-03-31T22:30:00Z | 2025-04-15T21:59:59.999999999Z
            """)
    void quietUntil_isTheEndOfTheDayFourteenDaysLater(Instant answeredAt, Instant expected) {
        assertThat(calculator("PL").quietUntil(answeredAt)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] country ''{0}'' is refused")
    @ValueSource(strings = {"XX", "", " ", "POL", "TARGET", "FR", "DE-XX", "DE_BY", "PL-MZ"})
    void invalidCountry_failsNamingTheSettingAndTheKnownProfiles(String country) {
        // Issue 18: the setting selects a country profile; a country with a holiday calendar but no profile (FR) is
        // refused, since letters would name no authority. The message lists every known profile.
        assertThatThrownBy(() -> calculator(country))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("privacy-desk.deadlines.country")
                .hasMessageContaining("PRIVACY_DESK_DEADLINES_COUNTRY")
                .hasMessageContaining("known: BE, DE, DE-BB, DE-BE, DE-BW, DE-BY, DE-HB, DE-HE, DE-HH, DE-MV, DE-NI,"
                        + " DE-NW, DE-RP, DE-SH, DE-SL, DE-SN, DE-ST, DE-TH, NL, PL");
    }

    @Test
    void aGermanLand_isCaseInsensitive_andAddsItsHolidaysToTheCountrys() {
        DeadlineCalculator bavaria = calculator("de-by");
        assertThat(bavaria.country()).isEqualTo("DE-BY");
        assertThat(bavaria.countryProfile().subdivision()).isEqualTo("BY");
        assertThat(bavaria.isWorkingDay(LocalDate.of(2026, 6, 4))).as("Corpus Christi").isFalse();
        assertThat(bavaria.isWorkingDay(LocalDate.of(2026, 1, 6))).as("Epiphany").isFalse();
        assertThat(bavaria.isWorkingDay(LocalDate.of(2025, 10, 3))).as("German Unity Day").isFalse();
        assertThat(calculator("DE").isWorkingDay(LocalDate.of(2026, 6, 4))).isTrue();
    }

    @Test
    void nullCountry_failsNamingTheSetting() {
        assertThatThrownBy(() -> calculator(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("privacy-desk.deadlines.country");
    }

    @Test
    void negativeLeadTime_failsNamingTheSetting() {
        assertThatThrownBy(() -> calculator("PL", WARSAW, IdentityClarification.SUSPEND, Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("privacy-desk.deadlines.reminder-lead-time");
    }

    @Test
    void countryIsCaseInsensitive() {
        DeadlineCalculator calculator = calculator("de");
        assertThat(calculator.country()).isEqualTo("DE");
        assertThat(calculator.isWorkingDay(LocalDate.of(2025, 10, 3))).isFalse();
    }

    @Test
    void supportedCountries_areTheCountryProfiles() {
        // Issue 18: the setting accepts the country profiles only (a holiday calendar alone names no authority).
        assertThat(DeadlineCalculator.supportedCountries())
                .contains("PL", "BE", "NL", "DE", "DE-BY", "DE-NW")
                .doesNotContain("FR", "AT", "TARGET", "NYSE");
    }
}

"""Practice reminders, without Qt: the rules (times of day, or N a day between two hours, on
chosen weekdays), when each is due next in the local time zone, the bookkeeping that shows a
reminder missed while the computer slept once and never twice, the defaults offered from a
routine's ``practice:`` hints, and the JSON file they are kept in (read by the window's
scheduler and by ``leg-timer reminders``). docs/reminders.md has the rules in words."""

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Advice</name>
        <message>
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <source>January</source>
            <translation>Januar</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Februar</translation>
        </message>
        <message>
            <source>March</source>
            <translation>März</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Oktober</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Dezember</translation>
        </message>
        <message numerus="yes">
            <source>%n rest day(s)</source>
            <translation>
                <numerusform>%n Ruhetag</numerusform>
                <numerusform>%n Ruhetage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n Einheit</numerusform>
                <numerusform>%n Einheiten</numerusform>
            </translation>
        </message>
        <message>
            <source>{span} sessions</source>
            <translation>{span} Einheiten</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>a date: 16 January 2026</comment>
            <translation>{day}. {month} {year}</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <source>on {weekday}</source>
            <translation>am {weekday}</translation>
        </message>
        <message>
            <source>on {date}</source>
            <translation>am {date}</translation>
        </message>
        <message>
            <source>rest until {day}: {rest_days} after a hard leg session</source>
            <translation>Pause bis {day}: {rest_days} nach einer harten Beineinheit</translation>
        </message>
        <message>
            <source>rest until {day} ({rest_days} after a hard leg session)</source>
            <translation>Pause bis {day} ({rest_days} nach einer harten Beineinheit)</translation>
        </message>
        <message>
            <source>not done yet</source>
            <translation>noch nicht gemacht</translation>
        </message>
        <message>
            <source>last done {when}</source>
            <translation>zuletzt {when}</translation>
        </message>
        <message>
            <source>This routine gives no practice advice; {last_done}.</source>
            <translation>Dieses Programm gibt keine Übungsempfehlung; {last_done}.</translation>
        </message>
        <message>
            <source>{sessions} a day, {done} done today</source>
            <translation>{sessions} am Tag, heute {done} gemacht</translation>
        </message>
        <message>
            <source>{sessions} a week, {done} done this week</source>
            <translation>{sessions} pro Woche, diese Woche {done} gemacht</translation>
        </message>
        <message>
            <source>{rest_days} after a hard leg session, {last_done}</source>
            <translation>{rest_days} nach einer harten Beineinheit, {last_done}</translation>
        </message>
        <message>
            <source>The routine's advice: {parts}.</source>
            <translation>Empfehlung des Programms: {parts}.</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between parts of the advice</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>{done} of {span} today</source>
            <translation>heute {done} von {span}</translation>
        </message>
        <message>
            <source>{done} of {span} this week</source>
            <translation>diese Woche {done} von {span}</translation>
        </message>
        <message>
            <source>{parts} (the routine's advice)</source>
            <translation>{parts} (Empfehlung des Programms)</translation>
        </message>
        <message>
            <source>Not counted: only finished sessions count toward streaks and advice</source>
            <translation>Nicht gezählt: Nur beendete Einheiten zählen für Serien und Empfehlungen</translation>
        </message>
        <message>
            <source>Day {streak} in a row</source>
            <translation>Tag {streak} in Folge</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Argumente</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe zeigen und beenden</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>Versionsnummer zeigen und beenden</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: Fehler: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ein Argument erwartet</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>mindestens ein Argument erwartet</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger Wert für %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>diese Argumente fehlen: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht zusammen mit Argument %s erlaubt</translation>
        </message>
    </context>
    <context>
        <name>Audio</name>
        <message>
            <source>No sound server (PulseAudio or PipeWire) is running: cues flash instead.</source>
            <translation>Kein Soundserver (PulseAudio oder PipeWire) läuft: Signale blinken stattdessen.</translation>
        </message>
        <message>
            <source>Three, two, one. Go! This is how the announcements sound.</source>
            <translation>Drei, zwei, eins. Los! So klingen die Ansagen.</translation>
        </message>
        <message>
            <source>The new speech engine is used after a restart.</source>
            <translation>Die neue Sprachausgabe wird nach einem Neustart verwendet.</translation>
        </message>
        <message>
            <source>Sounds are muted: unmute to hear them.</source>
            <translation>Töne sind stumm: Stummschaltung aufheben, um sie zu hören.</translation>
        </message>
        <message>
            <source>Sound is not ready yet.</source>
            <translation>Der Ton ist noch nicht bereit.</translation>
        </message>
        <message>
            <source>Sound is not available.</source>
            <translation>Kein Ton verfügbar.</translation>
        </message>
        <message>
            <source>The sound could not be played.</source>
            <translation>Der Ton konnte nicht abgespielt werden.</translation>
        </message>
        <message>
            <source>Sounds are muted: unmute to hear the voice.</source>
            <translation>Töne sind stumm: Stummschaltung aufheben, um die Stimme zu hören.</translation>
        </message>
        <message>
            <source>Turn on “Speak announcements” to hear the voice.</source>
            <translation>„Ansagen sprechen“ einschalten, um die Stimme zu hören.</translation>
        </message>
        <message>
            <source>The voice is not ready yet.</source>
            <translation>Die Stimme ist noch nicht bereit.</translation>
        </message>
        <message>
            <source>Sound is back.</source>
            <translation>Der Ton ist wieder da.</translation>
        </message>
        <message>
            <source>Sounds are loading.</source>
            <translation>Töne werden geladen.</translation>
        </message>
        <message>
            <source>The sound server is not answering: cues are shown as a flash.</source>
            <translation>Der Soundserver antwortet nicht: Signale werden als Blinken gezeigt.</translation>
        </message>
        <message>
            <source>No audio output device: cues are shown as a flash instead.</source>
            <translation>Kein Audioausgabegerät: Signale werden stattdessen als Blinken gezeigt.</translation>
        </message>
        <message>
            <source>Sounds are not loaded yet.</source>
            <translation>Töne sind noch nicht geladen.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source> (and {more}: leg-timer validate {file})</source>
            <translation> (und {more}: leg-timer validate {file})</translation>
        </message>
        <message>
            <source>skipped broken routine: {problem}</source>
            <translation>fehlerhaftes Programm übersprungen: {problem}</translation>
        </message>
        <message>
            <source>(your file: {path})</source>
            <translation>(deine Datei: {path})</translation>
        </message>
        <message>
            <source>{name} ({id}): {steps}, total {time}</source>
            <translation>{name} ({id}): {steps}, gesamt {time}</translation>
        </message>
        <message>
            <source>start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>length</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>set</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>what</source>
            <translation>was</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>manuell</translation>
        </message>
        <message>
            <source> at {seconds} s each</source>
            <translation> je {seconds} s</translation>
        </message>
        <message>
            <source>, at your pace</source>
            <translation>, im eigenen Tempo</translation>
        </message>
        <message>
            <source>all valid</source>
            <translation>alle gültig</translation>
        </message>
        <message>
            <source>{failed} with {problems}</source>
            <translation>{failed} mit {problems}</translation>
        </message>
        <message>
            <source>checked {files}: {verdict}</source>
            <translation>{files} geprüft: {verdict}</translation>
        </message>
        <message>
            <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); list, plan and validate work without one</source>
            <translation>kein Bildschirm, auf dem sich das Fenster öffnen ließe (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt); list, plan und validate gehen auch ohne</translation>
        </message>
        <message>
            <source>cannot read {file}: {error}</source>
            <translation>{file} kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>{problem} (nothing was imported)</source>
            <translation>{problem} (nichts wurde importiert)</translation>
        </message>
        <message>
            <source>cannot write {file}: {error} (nothing was imported)</source>
            <translation>{file} kann nicht geschrieben werden: {error} (nichts wurde importiert)</translation>
        </message>
        <message>
            <source>Imported {sessions} from {file} ({present} already there).</source>
            <translation>{sessions} aus {file} importiert ({present} schon vorhanden).</translation>
        </message>
        <message>
            <source>Imported {sessions} from {file}.</source>
            <translation>{sessions} aus {file} importiert.</translation>
        </message>
        <message>
            <source>No workouts recorded yet.</source>
            <translation>Noch keine Trainings aufgezeichnet.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Abschnitte</translation>
        </message>
        <message>
            <source>{done} done</source>
            <translation>{done} erledigt</translation>
        </message>
        <message>
            <source>{done}, {skipped} skipped</source>
            <translation>{done}, {skipped} übersprungen</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>beendet</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>unterbrochen</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>Streak: {days} in a row</source>
            <translation>Serie: {days} in Folge</translation>
        </message>
        <message>
            <source>Streak: none going (a day counts when a session on it completed)</source>
            <translation>Serie: keine laufende (ein Tag zählt, wenn an ihm eine Einheit beendet wurde)</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>nichts wurde importiert</translation>
        </message>
        <message>
            <source>Imported {name} as {id} ({format})</source>
            <translation>{name} als {id} importiert ({format})</translation>
        </message>
        <message>
            <source>not carried over: {what}</source>
            <translation>nicht übernommen: {what}</translation>
        </message>
        <message>
            <source>With no command, opens the window.</source>
            <translation>Ohne Befehl öffnet sich das Fenster.</translation>
        </message>
        <message>
            <source>Your own routines are the .yaml files in {routines} (with --basedir DIR, DIR/data/routines/); the window's "Open routines folder" opens it. The window logs to {log} (rotated at 1 MiB); with --basedir DIR, under DIR/state/log/.</source>
            <translation>Deine eigenen Programme sind die .yaml-Dateien in {routines} (mit --basedir DIR: DIR/data/routines/); „Programmordner öffnen“ im Fenster öffnet ihn. Das Fenster protokolliert nach {log} (Rotation bei 1 MiB); mit --basedir DIR unter DIR/state/log/.</translation>
        </message>
        <message>
            <source>keep user routines, settings and history under DIR (also $LEG_TIMER_BASEDIR)</source>
            <translation>eigene Programme, Einstellungen und Verlauf unter DIR ablegen (auch $LEG_TIMER_BASEDIR)</translation>
        </message>
        <message>
            <source>log everything, to the log file and to stderr</source>
            <translation>alles protokollieren, in die Protokolldatei und nach stderr</translation>
        </message>
        <message>
            <source>start quietly, for reminders: only the tray icon where there is a tray, else the window minimised (what starting at login does)</source>
            <translation>leise starten, für Erinnerungen: nur das Symbol im Systembereich, wo es einen gibt, sonst das Fenster minimiert (so startet es bei der Anmeldung)</translation>
        </message>
        <message>
            <source>list every routine with its total time</source>
            <translation>alle Programme mit ihrer Gesamtzeit auflisten</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>JSON statt einer Tabelle ausgeben</translation>
        </message>
        <message>
            <source>show the segments a routine will run</source>
            <translation>die Abschnitte zeigen, die ein Programm durchläuft</translation>
        </message>
        <message>
            <source>a routine id or a path to a YAML file</source>
            <translation>eine Programm-ID oder der Pfad einer YAML-Datei</translation>
        </message>
        <message>
            <source>check routine files and report every problem</source>
            <translation>Programmdateien prüfen und jedes Problem melden</translation>
        </message>
        <message>
            <source>routine files (a folder means every .yaml file in it)</source>
            <translation>Programmdateien (ein Ordner heißt: jede .yaml-Datei darin)</translation>
        </message>
        <message>
            <source>open the window on a routine and start it</source>
            <translation>das Fenster mit einem Programm öffnen und es starten</translation>
        </message>
        <message>
            <source>start in focus mode</source>
            <translation>im Fokusmodus starten</translation>
        </message>
        <message>
            <source>exit 0 once the session is over (for scripts and tests)</source>
            <translation>mit 0 beenden, sobald die Einheit vorbei ist (für Skripte und Tests)</translation>
        </message>
        <message>
            <source>run with only the tray icon, notifications and sound, no window (the tray's menu shows it); without a tray, the window as usual</source>
            <translation>nur mit Symbol im Systembereich, Benachrichtigungen und Ton laufen, ohne Fenster (das Menü des Symbols zeigt es); ohne Systembereich wie gewohnt mit Fenster</translation>
        </message>
        <message>
            <source>every workout recorded, oldest first</source>
            <translation>alle aufgezeichneten Trainings, älteste zuerst</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>JSON ausgeben</translation>
        </message>
        <message>
            <source>print CSV</source>
            <translation>CSV ausgeben</translation>
        </message>
        <message>
            <source>add the sessions of a --json or --csv export (those already here are left alone)</source>
            <translation>die Einheiten eines --json- oder --csv-Exports hinzufügen (vorhandene bleiben unberührt)</translation>
        </message>
        <message>
            <source>only sessions from this local day on</source>
            <translation>nur Einheiten ab diesem Tag (Ortszeit)</translation>
        </message>
        <message>
            <source>make routines from other interval-timer apps' workout files (see docs/importing.md)</source>
            <translation>Programme aus Trainingsdateien anderer Intervall-Timer-Apps erstellen (siehe docs/importing.md)</translation>
        </message>
        <message>
            <source>exported workouts: JAWT, OpenHIIT, TimeR Machine, qintervals or a Leg Timer routine</source>
            <translation>exportierte Trainings: JAWT, OpenHIIT, TimeR Machine, qintervals oder ein Leg-Timer-Programm</translation>
        </message>
        <message>
            <source>read the files as NAME instead of recognising the format: jawt, openhiit, timer-machine, qintervals or leg-timer</source>
            <translation>die Dateien als NAME lesen, statt das Format zu erkennen: jawt, openhiit, timer-machine, qintervals oder leg-timer</translation>
        </message>
        <message>
            <source>print JSON: id, name, path, format and dropped of each routine</source>
            <translation>JSON ausgeben: id, name, path, format und dropped jedes Programms</translation>
        </message>
        <message>
            <source>what each routine's practice advice says today</source>
            <translation>was die Übungsempfehlung jedes Programms heute sagt</translation>
        </message>
        <message>
            <source>the practice reminders and when each comes next (set them in the window: Ctrl+R)</source>
            <translation>die Übungserinnerungen und wann jede als Nächstes kommt (im Fenster einstellen: Strg+R)</translation>
        </message>
        <message>
            <source>the data folder's routines/</source>
            <translation>routines/ im Datenordner</translation>
        </message>
        <message>
            <source>the state folder</source>
            <translation>dem Statusordner</translation>
        </message>
        <message>
            <source>not a YYYY-MM-DD date: {text}</source>
            <translation>kein Datum im Format JJJJ-MM-TT: {text}</translation>
        </message>
    </context>
    <context>
        <name>Cues</name>
        <message>
            <source>. </source>
            <comment>between spoken phrases</comment>
            <translation>. </translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Bereit machen</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Seite wechseln</translation>
        </message>
        <message>
            <source>Last set</source>
            <translation>Letzter Satz</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>Halbzeit</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Training beendet</translation>
        </message>
        <message>
            <source>Session complete</source>
            <translation>Einheit beendet</translation>
        </message>
        <message>
            <source>Round {number} of {total}</source>
            <translation>Runde {number} von {total}</translation>
        </message>
        <message numerus="yes">
            <source>%n reps</source>
            <comment>spoken at the start of a rep set</comment>
            <translation>
                <numerusform>%n Wiederholung</numerusform>
                <numerusform>%n Wiederholungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}, left side</source>
            <translation>{name}, linke Seite</translation>
        </message>
        <message>
            <source>{name}, right side</source>
            <translation>{name}, rechte Seite</translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>Als Nächstes: {name}</translation>
        </message>
        <message>
            <source>, set {number} of {total}</source>
            <translation>, Satz {number} von {total}</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>GET READY</source>
            <translation>BEREIT MACHEN</translation>
        </message>
        <message>
            <source>WORK</source>
            <translation>ÜBUNG</translation>
        </message>
        <message>
            <source>REST</source>
            <translation>PAUSE</translation>
        </message>
        <message>
            <source>HOLD</source>
            <translation>HALTEN</translation>
        </message>
        <message>
            <source>REPS</source>
            <translation>WIEDERHOLUNGEN</translation>
        </message>
        <message>
            <source>SWITCH SIDES</source>
            <translation>SEITE WECHSELN</translation>
        </message>
        <message>
            <source>ROUND REST</source>
            <translation>RUNDENPAUSE</translation>
        </message>
        <message>
            <source>COOL-DOWN</source>
            <translation>COOL-DOWN</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Linke Seite</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Rechte Seite</translation>
        </message>
        <message>
            <source>{name} (left)</source>
            <translation>{name} (links)</translation>
        </message>
        <message>
            <source>{name} (right)</source>
            <translation>{name} (rechts)</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Als Nächstes: Ende</translation>
        </message>
        <message>
            <source>Next: {exercise}</source>
            <translation>Als Nächstes: {exercise}</translation>
        </message>
        <message>
            <source>{next} · in {time}</source>
            <translation>{next} · in {time}</translation>
        </message>
        <message>
            <source>{next} · after {time}</source>
            <translation>{next} · nach {time}</translation>
        </message>
        <message>
            <source>Coming up: {exercise}</source>
            <translation>Gleich: {exercise}</translation>
        </message>
        <message>
            <source>Press {key} when done</source>
            <translation>{key} drücken, wenn fertig</translation>
        </message>
        <message>
            <source>{reps} · press {key} when done</source>
            <translation>{reps} · {key} drücken, wenn fertig</translation>
        </message>
        <message>
            <source>{time} done</source>
            <translation>{time} geschafft</translation>
        </message>
        <message>
            <source>{left} left of {total}</source>
            <translation>noch {left} von {total}</translation>
        </message>
        <message>
            <source>Paused · {title}</source>
            <translation>Angehalten · {title}</translation>
        </message>
        <message>
            <source>at your pace</source>
            <translation>im eigenen Tempo</translation>
        </message>
        <message>
            <source>Finished, {skipped} skipped</source>
            <translation>Beendet, {skipped} übersprungen</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Training beendet</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Stopped after {done} of {steps}</source>
            <translation>Abgebrochen nach {done} von {steps}</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no steps skipped</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} von {total}</translation>
        </message>
        <message>
            <source>{state} · {routine} — {app}</source>
            <translation>{state} · {routine} — {app}</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <source>no routine file {file}</source>
            <translation>keine Programmdatei {file}</translation>
        </message>
        <message>
            <source>--set expects NAME=VALUE, not {text}</source>
            <translation>--set erwartet NAME=WERT, nicht {text}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>{routine} has no parameter {name} (its parameters: {known})</source>
            <translation>{routine} hat keinen Parameter {name} (seine Parameter: {known})</translation>
        </message>
        <message>
            <source>{name} must be a number, not {text}</source>
            <translation>{name} muss eine Zahl sein, nicht {text}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New routine…</source>
            <translation>&amp;Neues Programm…</translation>
        </message>
        <message>
            <source>&amp;Open routine file…</source>
            <translation>Programmdatei ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>&amp;Kopie speichern unter…</translation>
        </message>
        <message>
            <source>Open routines &amp;folder</source>
            <translation>Programm&amp;ordner öffnen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Routine</source>
            <translation>&amp;Programm</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>D&amp;uplicate…</source>
            <translation>D&amp;uplizieren…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>Löschen &amp;rückgängig</translation>
        </message>
        <message>
            <source>&amp;Reminders…</source>
            <translation>&amp;Erinnerungen…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>MiniTimer</name>
        <message>
            <source>LEG TIMER</source>
            <translation>LEG TIMER</translation>
        </message>
        <message>
            <source>No workout under way</source>
            <translation>Kein Training läuft</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>ANGEHALTEN</translation>
        </message>
        <message>
            <source>Drag to move · double-click to open Leg Timer</source>
            <translation>Ziehen zum Verschieben · Doppelklick öffnet Leg Timer</translation>
        </message>
        <message>
            <source>DONE</source>
            <translation>FERTIG</translation>
        </message>
        <message>
            <source>FINISHED</source>
            <translation>BEENDET</translation>
        </message>
        <message>
            <source>STOPPED</source>
            <translation>ABGEBROCHEN</translation>
        </message>
        <message>
            <source>{key} during a workout shows a small timer; drag it anywhere, double-click it to come back here.</source>
            <translation>{key} zeigt während des Trainings einen kleinen Timer; zieh ihn, wohin du willst, ein Doppelklick bringt dich hierher zurück.</translation>
        </message>
        <message>
            <source>{line} It stays above other windows.</source>
            <translation>{line} Er bleibt über anderen Fenstern.</translation>
        </message>
        <message>
            <source>{line} On Wayland it is an ordinary small window: the window system does not let applications keep a window above the others.</source>
            <translation>{line} Unter Wayland ist er ein gewöhnliches kleines Fenster: Das Fenstersystem lässt Anwendungen kein Fenster über den anderen halten.</translation>
        </message>
    </context>
    <context>
        <name>Outside</name>
        <message>
            <source>No workout running</source>
            <translation>Kein Training läuft</translation>
        </message>
        <message>
            <source>Paused · {step}</source>
            <translation>Angehalten · {step}</translation>
        </message>
        <message>
            <source>{time} done</source>
            <translation>{time} geschafft</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>noch {time}</translation>
        </message>
        <message>
            <source>{reps} at your pace</source>
            <translation>{reps} im eigenen Tempo</translation>
        </message>
        <message>
            <source>at your pace</source>
            <translation>im eigenen Tempo</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>notification button</comment>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Next</source>
            <comment>notification button</comment>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>{routine} · {time} of exercise</source>
            <translation>{routine} · {time} Übungszeit</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>No reminders. Set one in the window: select a routine, then Routine &gt; Reminders… (Ctrl+R).</source>
            <translation>Keine Erinnerungen. Lege eine im Fenster an: Programm auswählen, dann Programm &gt; Erinnerungen… (Strg+R).</translation>
        </message>
        <message>
            <source>off</source>
            <comment>a reminder turned off</comment>
            <translation>aus</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <source>choose at least one day of the week</source>
            <translation>wähle mindestens einen Wochentag</translation>
        </message>
        <message>
            <source>give at least one time of day</source>
            <translation>gib mindestens eine Uhrzeit an</translation>
        </message>
        <message>
            <source>give at most {count} times of day</source>
            <translation>gib höchstens {count} Uhrzeiten an</translation>
        </message>
        <message>
            <source>the number a day must be 1 to {most}</source>
            <translation>die Anzahl pro Tag muss zwischen 1 und {most} liegen</translation>
        </message>
        <message>
            <source>the last time must come after the first</source>
            <translation>die letzte Uhrzeit muss nach der ersten liegen</translation>
        </message>
        <message>
            <source>the last time must not come before the first</source>
            <translation>die letzte Uhrzeit darf nicht vor der ersten liegen</translation>
        </message>
        <message>
            <source>{text} is not a time of day like 09:00</source>
            <translation>{text} ist keine Uhrzeit wie 09:00</translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} und {last}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between listed items</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>every day</source>
            <translation>jeden Tag</translation>
        </message>
        <message>
            <source>on weekdays</source>
            <translation>werktags</translation>
        </message>
        <message>
            <source>at weekends</source>
            <translation>am Wochenende</translation>
        </message>
        <message>
            <source>on {days}</source>
            <translation>am {days}</translation>
        </message>
        <message>
            <source>{days} at {times}</source>
            <translation>{days} um {times}</translation>
        </message>
        <message>
            <source>once a day between {start} and {end}, {days}</source>
            <translation>einmal täglich zwischen {start} und {end}, {days}</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) a day between {start} and {end}, {days}</source>
            <translation>
                <numerusform>%n-mal täglich zwischen {start} und {end}, {days}</numerusform>
                <numerusform>%n-mal täglich zwischen {start} und {end}, {days}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineText</name>
        <message>
            <source>{sets} at your pace</source>
            <translation>{sets} im eigenen Tempo</translation>
        </message>
        <message>
            <source>s</source>
            <comment>unit: seconds</comment>
            <translation>s</translation>
        </message>
        <message>
            <source>min</source>
            <comment>unit: minutes</comment>
            <translation>min</translation>
        </message>
        <message>
            <source>{reps} in {sets}</source>
            <translation>{reps} in {sets}</translation>
        </message>
        <message>
            <source>, at your pace</source>
            <translation>, im eigenen Tempo</translation>
        </message>
        <message>
            <source>, {time} each</source>
            <translation>, je {time}</translation>
        </message>
        <message>
            <source>work {time}</source>
            <translation>Übung {time}</translation>
        </message>
        <message>
            <source>hold {time}</source>
            <translation>halten {time}</translation>
        </message>
        <message>
            <source>, right then left</source>
            <translation>, rechts, dann links</translation>
        </message>
        <message>
            <source>, left then right</source>
            <translation>, links, dann rechts</translation>
        </message>
        <message>
            <source>, right side</source>
            <translation>, rechte Seite</translation>
        </message>
        <message>
            <source>, left side</source>
            <translation>, linke Seite</translation>
        </message>
        <message>
            <source>{low}–{high} times a day</source>
            <translation>{low}–{high}-mal täglich</translation>
        </message>
        <message>
            <source>{low}–{high} times a week</source>
            <translation>{low}–{high}-mal pro Woche</translation>
        </message>
        <message>
            <source>rest {days} afterwards</source>
            <translation>danach {days} Pause</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between practice hints</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>{hints}. {note}</source>
            <translation>{hints}. {note}</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Safety:</source>
            <translation>Sicherheit:</translation>
        </message>
        <message>
            <source>Cool-down: {label}</source>
            <translation>Cool-down: {label}</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>Wie oft</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Quelle: {source}</translation>
        </message>
        <message>
            <source>This routine file could not be loaded, so it cannot be started. Fix these problems and restart Leg Timer (or run {command}):</source>
            <translation>Diese Programmdatei konnte nicht geladen werden und lässt sich daher nicht starten. Behebe diese Probleme und starte Leg Timer neu (oder führe {command} aus):</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Start, pause or resume the workout</source>
            <translation>Training starten, anhalten oder fortsetzen</translation>
        </message>
        <message>
            <source>Done with a rep set at your own pace; in the jump list, jump to the chosen exercise; in the list, start the selected routine; on the summary, back to the list</source>
            <translation>Satz im eigenen Tempo fertig; in der Sprungliste zur gewählten Übung springen; in der Liste das gewählte Programm starten; in der Zusammenfassung zurück zur Liste</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Zum nächsten Schritt springen</translation>
        </message>
        <message>
            <source>Previous step (restarts the step when more than 2 s in)</source>
            <translation>Vorheriger Schritt (startet den Schritt neu, wenn er schon über 2 s läuft)</translation>
        </message>
        <message>
            <source>Add {seconds} seconds to this step (the number pad's + too)</source>
            <translation>{seconds} Sekunden zu diesem Schritt hinzufügen (auch + im Ziffernblock)</translation>
        </message>
        <message>
            <source>Take {seconds} seconds off this step (the number pad's - too)</source>
            <translation>{seconds} Sekunden von diesem Schritt abziehen (auch - im Ziffernblock)</translation>
        </message>
        <message>
            <source>Restart the routine from the beginning (asks first during a workout); on the summary, do it again</source>
            <translation>Programm von vorn beginnen (fragt während eines Trainings nach); in der Zusammenfassung noch einmal</translation>
        </message>
        <message>
            <source>Close the jump list or this overlay, or leave focus mode; stop the workout (asks first while it runs); on the summary, back to the list; on the history, back where you came from</source>
            <translation>Sprungliste oder diese Übersicht schließen oder den Fokusmodus verlassen; das Training abbrechen (fragt nach, solange es läuft); in der Zusammenfassung zurück zur Liste; im Verlauf zurück, woher du kamst</translation>
        </message>
        <message>
            <source>Focus mode: full screen and larger, without the key hints (also double-click the countdown)</source>
            <translation>Fokusmodus: Vollbild und größer, ohne Tastenhinweise (auch Doppelklick auf den Countdown)</translation>
        </message>
        <message>
            <source>Show or hide the exercise's instructions and safety note (shown when they fit)</source>
            <translation>Anleitung und Sicherheitshinweis der Übung ein- oder ausblenden (angezeigt, wenn Platz ist)</translation>
        </message>
        <message>
            <source>Jump list: pick any exercise of the routine (type to filter, ↑ ↓ to choose, Enter jumps there, Esc closes)</source>
            <translation>Sprungliste: beliebige Übung des Programms wählen (tippen zum Filtern, ↑ ↓ zum Auswählen, Enter springt hin, Esc schließt)</translation>
        </message>
        <message>
            <source>Mute or unmute sounds and voice</source>
            <translation>Töne und Stimme stumm- oder lautschalten</translation>
        </message>
        <message>
            <source>Mini timer: a small window that stays above other windows, with the time, the exercise and its side; the workout keys work in it, double-click it to come back</source>
            <translation>Mini-Timer: ein kleines Fenster über anderen Fenstern mit Zeit, Übung und Seite; die Trainingstasten wirken darin, Doppelklick bringt dich zurück</translation>
        </message>
        <message>
            <source>Show or hide this list of shortcuts</source>
            <translation>Diese Liste der Tastenkürzel ein- oder ausblenden</translation>
        </message>
        <message>
            <source>Search the routines (or just start typing in the list)</source>
            <translation>Programme durchsuchen (oder in der Liste einfach lostippen)</translation>
        </message>
        <message>
            <source>Open the routines folder (your own routine files) in the file manager</source>
            <translation>Programmordner (deine eigenen Programmdateien) im Dateimanager öffnen</translation>
        </message>
        <message>
            <source>New routine, made in the routine editor</source>
            <translation>Neues Programm, im Programmeditor erstellt</translation>
        </message>
        <message>
            <source>Open a routine file and start it, without adding it to your routines (as leg-timer run FILE)</source>
            <translation>Programmdatei öffnen und starten, ohne sie zu deinen Programmen hinzuzufügen (wie leg-timer run FILE)</translation>
        </message>
        <message>
            <source>Import routine files (.yaml, .yml, .json) into your routines; dropping files on the window does the same</source>
            <translation>Programmdateien (.yaml, .yml, .json) in deine Programme importieren; Dateien aufs Fenster ziehen geht auch</translation>
        </message>
        <message>
            <source>Edit the selected routine of your own (a built-in one is duplicated instead)</source>
            <translation>Gewähltes eigenes Programm bearbeiten (ein mitgeliefertes wird stattdessen dupliziert)</translation>
        </message>
        <message>
            <source>Duplicate the selected routine as a new one of your own, in the editor (the way to change a built-in routine)</source>
            <translation>Gewähltes Programm als neues eigenes Programm im Editor duplizieren (so änderst du ein mitgeliefertes Programm)</translation>
        </message>
        <message>
            <source>Delete the selected routine of your own (its file goes to the deleted-routines folder beside your routines folder; Ctrl+Z brings it back)</source>
            <translation>Gewähltes eigenes Programm löschen (die Datei kommt in den Ordner für gelöschte Programme neben deinem Programmordner; Strg+Z holt sie zurück)</translation>
        </message>
        <message>
            <source>Bring back the routine just deleted</source>
            <translation>Gerade gelöschtes Programm zurückholen</translation>
        </message>
        <message>
            <source>Save a copy of the selected routine's file where you choose (to share it)</source>
            <translation>Kopie der Datei des gewählten Programms speichern, wo du willst (zum Teilen)</translation>
        </message>
        <message>
            <source>Reminders for the selected routine: at times of day or spread over the day, on chosen weekdays (offered from its practice advice); and starting at login</source>
            <translation>Erinnerungen für das gewählte Programm: zu Uhrzeiten oder über den Tag verteilt, an gewählten Wochentagen (vorgeschlagen nach seiner Übungsempfehlung); und Start bei der Anmeldung</translation>
        </message>
        <message>
            <source>Settings: volume, voice, countdown ticks, get-ready time, theme</source>
            <translation>Einstellungen: Lautstärke, Stimme, Countdown-Ticks, Vorbereitungszeit, Design</translation>
        </message>
        <message>
            <source>Quit (asks first while a workout is under way)</source>
            <translation>Beenden (fragt nach, solange ein Training läuft)</translation>
        </message>
        <message>
            <source>Workout history: calendar, weekly minutes, streaks, every session (Delete removes one, Ctrl+Z brings it back)</source>
            <translation>Trainingsverlauf: Kalender, Minuten pro Woche, Serien, jede Einheit (Entf entfernt eine, Strg+Z holt sie zurück)</translation>
        </message>
        <message>
            <source>Workout history, from the list (where H types into the search)</source>
            <translation>Trainingsverlauf, aus der Liste (dort tippt H in die Suche)</translation>
        </message>
        <message>
            <source>list</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>workout</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>history</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>everywhere</source>
            <translation>überall</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between page names</comment>
            <translation>, </translation>
        </message>
        <message>
            <source> or </source>
            <comment>between keys</comment>
            <translation> oder </translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Entf</translation>
        </message>
        <message>
            <source>Ctrl</source>
            <translation>Strg</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Umschalt</translation>
        </message>
        <message>
            <source>{key} resume</source>
            <translation>{key} fortsetzen</translation>
        </message>
        <message>
            <source>{key} pause</source>
            <translation>{key} anhalten</translation>
        </message>
        <message>
            <source>{keys} steps</source>
            <translation>{keys} Schritte</translation>
        </message>
        <message>
            <source>{keys} {seconds} s</source>
            <translation>{keys} {seconds} s</translation>
        </message>
        <message>
            <source>{key} jump</source>
            <translation>{key} springen</translation>
        </message>
        <message>
            <source>{key} guide</source>
            <translation>{key} Anleitung</translation>
        </message>
        <message>
            <source>{key} stop</source>
            <translation>{key} abbrechen</translation>
        </message>
        <message>
            <source>{key} focus</source>
            <translation>{key} Fokus</translation>
        </message>
        <message>
            <source>{key} all keys</source>
            <translation>{key} alle Tasten</translation>
        </message>
    </context>
    <context>
        <name>Spoken</name>
        <message>
            <source>Get ready</source>
            <translation>Bereit machen</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Seite wechseln</translation>
        </message>
        <message>
            <source>Round rest</source>
            <translation>Rundenpause</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Cool-down</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>linke Seite</translation>
        </message>
        <message>
            <source>right side</source>
            <translation>rechte Seite</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>press Enter when done</source>
            <translation>Eingabetaste drücken, wenn fertig</translation>
        </message>
        <message>
            <source>{time} done</source>
            <translation>{time} geschafft</translation>
        </message>
        <message>
            <source>round {current} of {total}</source>
            <translation>Runde {current} von {total}</translation>
        </message>
        <message>
            <source>set {current} of {total}</source>
            <translation>Satz {current} von {total}</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>angehalten</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Fortgesetzt</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Time changed, {length} left</source>
            <translation>Zeit geändert, noch {length}</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>Halbzeit</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Training beendet</translation>
        </message>
        <message>
            <source>Workout stopped</source>
            <translation>Training abgebrochen</translation>
        </message>
        <message>
            <source>. </source>
            <translation>. </translation>
        </message>
    </context>
    <context>
        <name>VoiceStatus</name>
        <message>
            <source>No speech engine is installed (on Linux: speech-dispatcher).</source>
            <translation>Keine Sprachausgabe installiert (unter Linux: speech-dispatcher).</translation>
        </message>
        <message>
            <source>The {engine} speech engine is starting.</source>
            <translation>Die Sprachausgabe {engine} startet.</translation>
        </message>
        <message>
            <source>The {engine} speech engine failed to start.</source>
            <translation>Die Sprachausgabe {engine} konnte nicht starten.</translation>
        </message>
        <message>
            <source>The {engine} speech engine did not answer within {seconds} s (is an audio server running?); voice is off.</source>
            <translation>Die Sprachausgabe {engine} hat nicht innerhalb von {seconds} s geantwortet (läuft ein Audioserver?); die Stimme ist aus.</translation>
        </message>
        <message>
            <source>The {engine} engine has no voice for {language}; the cues are sounds and text on the screen.</source>
            <translation>Die Sprachausgabe {engine} hat keine Stimme für {language}; die Signale kommen als Töne und Text auf dem Bildschirm.</translation>
        </message>
        <message>
            <source>The {engine} engine failed: {message}</source>
            <translation>Die Sprachausgabe {engine} ist ausgefallen: {message}</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>unbekannter Fehler</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n Wdh.</numerusform>
                <numerusform>%n Wdh.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n Satz</numerusform>
                <numerusform>%n Sätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n Schritt</numerusform>
                <numerusform>%n Schritte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n Abschnitt</numerusform>
                <numerusform>%n Abschnitte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n Runde</numerusform>
                <numerusform>%n Runden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n Übung</numerusform>
                <numerusform>%n Übungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n Problem</numerusform>
                <numerusform>%n Probleme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more problem(s)</source>
            <translation>
                <numerusform>%n weiteres Problem</numerusform>
                <numerusform>%n weitere Probleme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n Datei</numerusform>
                <numerusform>%n Dateien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n Einheit</numerusform>
                <numerusform>%n Einheiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n Training</numerusform>
                <numerusform>%n Trainings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s)</source>
            <translation>
                <numerusform>%n Programm</numerusform>
                <numerusform>%n Programme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rest day(s)</source>
            <translation>
                <numerusform>%n Ruhetag</numerusform>
                <numerusform>%n Ruhetage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n Woche</numerusform>
                <numerusform>%n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) a day</source>
            <translation>
                <numerusform>%n-mal täglich</numerusform>
                <numerusform>%n-mal täglich</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) a week</source>
            <translation>
                <numerusform>%n-mal pro Woche</numerusform>
                <numerusform>%n-mal pro Woche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>{label} {current} / {total}</source>
            <translation>{label} {current} / {total}</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Wdh.</translation>
        </message>
    </context>
</TS>

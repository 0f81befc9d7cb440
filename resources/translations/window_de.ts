<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Accessible</name>
        <message>
            <source>: </source>
            <translation>: </translation>
        </message>
        <message>
            <source>{percent}% done</source>
            <translation>{percent} % erledigt</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Keyboard shortcuts title</source>
            <translation>Titel der Tastenkürzel</translation>
        </message>
        <message>
            <source>Shortcut list</source>
            <translation>Liste der Tastenkürzel</translation>
        </message>
        <message>
            <source>Every keyboard shortcut: keys, what they do, where</source>
            <translation>Alle Tastenkürzel: Tasten, was sie tun, wo</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Alt+Up and Alt+Down move the chosen exercise, Delete removes it, Ctrl+D duplicates it</source>
            <translation>Alt+Auf und Alt+Ab verschieben die gewählte Übung, Entf entfernt sie, Strg+D dupliziert sie</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Add parameter</source>
            <translation>Parameter hinzufügen</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Gesamtzeit</translation>
        </message>
        <message>
            <source>First segments</source>
            <translation>Erste Abschnitte</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Routine editor</source>
            <translation>Programm-Editor</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Routine form</source>
            <translation>Programmformular</translation>
        </message>
        <message>
            <source>Adjustable values</source>
            <translation>Einstellbare Werte</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Menüleiste</translation>
        </message>
        <message>
            <source>Mini timer</source>
            <translation>Mini-Timer</translation>
        </message>
        <message>
            <source>Segment kind</source>
            <translation>Art des Abschnitts</translation>
        </message>
        <message>
            <source>Time left in this segment</source>
            <translation>Restzeit dieses Abschnitts</translation>
        </message>
        <message>
            <source>Remind me</source>
            <translation>Erinnere mich</translation>
        </message>
        <message>
            <source>Times of day</source>
            <translation>Uhrzeiten</translation>
        </message>
        <message>
            <source>Times like 09:00, separated by commas</source>
            <translation>Uhrzeiten wie 09:00, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>Times a day</source>
            <translation>Mal pro Tag</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Use the routine's advice</source>
            <translation>Empfehlung des Programms übernehmen</translation>
        </message>
        <message>
            <source>What the reminder does</source>
            <translation>Was die Erinnerung tut</translation>
        </message>
        <message>
            <source>Start Leg Timer at login</source>
            <translation>Leg Timer bei der Anmeldung starten</translation>
        </message>
        <message>
            <source>Workout</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Round and set</source>
            <translation>Runde und Satz</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Next segment</source>
            <translation>Nächster Abschnitt</translation>
        </message>
        <message>
            <source>Session time done</source>
            <translation>Erledigte Zeit der Einheit</translation>
        </message>
        <message>
            <source>Session time left</source>
            <translation>Restzeit der Einheit</translation>
        </message>
        <message>
            <source>Session progress</source>
            <translation>Fortschritt der Einheit</translation>
        </message>
        <message>
            <source>Keyboard hints</source>
            <translation>Tastenhinweise</translation>
        </message>
        <message>
            <source>Workout history</source>
            <translation>Trainingsverlauf</translation>
        </message>
        <message>
            <source>History heading</source>
            <translation>Überschrift des Verlaufs</translation>
        </message>
        <message>
            <source>Streaks</source>
            <translation>Serien</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Totals per routine</source>
            <translation>Summen je Programm</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>Session columns</source>
            <translation>Spalten der Einheiten</translation>
        </message>
        <message>
            <source>History notice</source>
            <translation>Hinweis zum Verlauf</translation>
        </message>
        <message>
            <source>Delete the selected session</source>
            <translation>Gewählte Einheit löschen</translation>
        </message>
        <message>
            <source>Undo the deletion</source>
            <translation>Löschen rückgängig machen</translation>
        </message>
        <message>
            <source>Jump list</source>
            <translation>Sprungliste</translation>
        </message>
        <message>
            <source>Filter the exercises</source>
            <translation>Übungen filtern</translation>
        </message>
        <message>
            <source>Exercises of the routine</source>
            <translation>Übungen des Programms</translation>
        </message>
        <message>
            <source>Routine details</source>
            <translation>Programmdetails</translation>
        </message>
        <message>
            <source>Routine name</source>
            <translation>Programmname</translation>
        </message>
        <message>
            <source>Practice advice</source>
            <translation>Übungsempfehlung</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Value refused</source>
            <translation>Wert abgelehnt</translation>
        </message>
        <message>
            <source>Reset to the routine's defaults</source>
            <translation>Auf die Werte des Programms zurücksetzen</translation>
        </message>
        <message>
            <source>Exercises, instructions and notes</source>
            <translation>Übungen, Anleitungen und Hinweise</translation>
        </message>
        <message>
            <source>{label}: allowed values</source>
            <translation>{label}: erlaubte Werte</translation>
        </message>
        <message>
            <source>{label}: hint</source>
            <translation>{label}: Hinweis</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Stimme</translation>
        </message>
        <message>
            <source>Voice rate</source>
            <translation>Sprechtempo</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>Ton testen</translation>
        </message>
        <message>
            <source>Test voice</source>
            <translation>Stimme testen</translation>
        </message>
        <message>
            <source>Test result</source>
            <translation>Testergebnis</translation>
        </message>
        <message>
            <source>Countdown length</source>
            <translation>Länge des Countdowns</translation>
        </message>
        <message>
            <source>Get-ready seconds</source>
            <translation>Sekunden zum Bereitmachen</translation>
        </message>
        <message>
            <source>After sleep</source>
            <translation>Nach dem Ruhezustand</translation>
        </message>
        <message>
            <source>Pause when the screen locks</source>
            <translation>Anhalten, wenn der Bildschirm gesperrt wird</translation>
        </message>
        <message>
            <source>Desktop notifications</source>
            <translation>Desktop-Benachrichtigungen</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Protokolldatei</translation>
        </message>
        <message>
            <source>Workout summary</source>
            <translation>Trainingsübersicht</translation>
        </message>
        <message>
            <source>Summary heading</source>
            <translation>Überschrift der Übersicht</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>How this session counts</source>
            <translation>Wie diese Einheit zählt</translation>
        </message>
        <message>
            <source>Active time</source>
            <translation>Aktive Zeit</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>Erledigte Schritte</translation>
        </message>
        <message>
            <source>Steps skipped</source>
            <translation>Übersprungene Schritte</translation>
        </message>
        <message>
            <source>Back to routines</source>
            <translation>Zurück zu den Programmen</translation>
        </message>
        <message>
            <source>Repeat this workout</source>
            <translation>Dieses Training wiederholen</translation>
        </message>
        <message>
            <source>Undo notice</source>
            <translation>Hinweis zum Rückgängigmachen</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Was erledigt wurde</translation>
        </message>
        <message>
            <source>Exercise instructions</source>
            <translation>Anleitung zur Übung</translation>
        </message>
        <message>
            <source>Routine picker</source>
            <translation>Programmauswahl</translation>
        </message>
        <message>
            <source>Search routines</source>
            <translation>Programme suchen</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>Nach Schlagwort filtern</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Keine Treffer</translation>
        </message>
        <message>
            <source>Start the selected routine</source>
            <translation>Gewähltes Programm starten</translation>
        </message>
        <message>
            <source>Open routines folder</source>
            <translation>Programmordner öffnen</translation>
        </message>
        <message>
            <source>Loading progress</source>
            <translation>Ladefortschritt</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>{problem}: settings are kept for this session only.</source>
            <translation>{problem}: Einstellungen gelten nur für diese Sitzung.</translation>
        </message>
        <message>
            <source>there is no system tray on this desktop; showing the window instead.</source>
            <translation>Diese Arbeitsumgebung hat keinen Systembereich; das Fenster wird stattdessen gezeigt.</translation>
        </message>
        <message>
            <source>Sound could not be set up ({error}); cues flash instead.</source>
            <translation>Ton konnte nicht eingerichtet werden ({error}); Signale blinken stattdessen.</translation>
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <source>cannot write {file}: {error}</source>
            <translation>{file} kann nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <source>cannot remove {file}: {error}</source>
            <translation>{file} kann nicht entfernt werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>ChoiceField</name>
        <message>
            <source>{value} (as written)</source>
            <translation>{value} (wie geschrieben)</translation>
        </message>
    </context>
    <context>
        <name>CountdownView</name>
        <message>
            <source>PAUSED · {key} resumes</source>
            <translation>ANGEHALTEN · {key} setzt fort</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>ANGEHALTEN</translation>
        </message>
        <message>
            <source>GET READY</source>
            <translation>BEREIT MACHEN</translation>
        </message>
        <message>
            <source>MUTED</source>
            <translation>STUMM</translation>
        </message>
    </context>
    <context>
        <name>CrashReport</name>
        <message>
            <source>The full details are in the log file:
{file}</source>
            <translation>Alle Einzelheiten stehen in der Protokolldatei:
{file}</translation>
        </message>
        <message>
            <source>No log file could be written, so the details went only to the terminal (standard error), if there is one.</source>
            <translation>Es konnte keine Protokolldatei geschrieben werden; die Einzelheiten gingen nur an das Terminal (Standardfehlerausgabe), falls vorhanden.</translation>
        </message>
        <message>
            <source>Something went wrong in {app}.</source>
            <translation>In {app} ist ein Fehler aufgetreten.</translation>
        </message>
        <message>
            <source>What happened: {summary}</source>
            <translation>Was passiert ist: {summary}</translation>
        </message>
        <message>
            <source>If it happens again, please include the log when you report it.</source>
            <translation>Wenn es wieder passiert, hängen Sie bitte das Protokoll an Ihre Meldung an.</translation>
        </message>
        <message>
            <source>{app} – something went wrong</source>
            <translation>{app} – ein Fehler ist aufgetreten</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Protokollordner öffnen</translation>
        </message>
    </context>
    <context>
        <name>CueSection</name>
        <message>
            <source>As {inherited}</source>
            <translation>Wie {inherited}</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>as {inherited}</source>
            <translation>wie {inherited}</translation>
        </message>
        <message>
            <source>Sound at the start:</source>
            <translation>Ton zu Beginn:</translation>
        </message>
        <message>
            <source>Sound at the end:</source>
            <translation>Ton am Ende:</translation>
        </message>
        <message>
            <source>Halfway sound:</source>
            <translation>Ton zur Hälfte:</translation>
        </message>
        <message>
            <source>At half time, on segments of 20 s or more</source>
            <translation>Zur Halbzeit, bei Abschnitten ab 20 s</translation>
        </message>
        <message>
            <source>Countdown ticks:</source>
            <translation>Countdown-Ticks:</translation>
        </message>
        <message>
            <source>3 ticks 3-2-1 before the end; 0 for none; at most 10</source>
            <translation>3 Ticks 3-2-1 vor dem Ende; 0 für keine; höchstens 10</translation>
        </message>
        <message>
            <source>Bell every:</source>
            <translation>Glocke alle:</translation>
        </message>
        <message>
            <source>A bell every so often inside long holds, e.g. 5min; 0 for none</source>
            <translation>Eine Glocke in Abständen während langer Halteübungen, z. B. 5min; 0 für keine</translation>
        </message>
        <message>
            <source>Sound style:</source>
            <translation>Klangart:</translation>
        </message>
        <message>
            <source>Beep</source>
            <translation>Piepton</translation>
        </message>
        <message>
            <source>Bell</source>
            <translation>Glocke</translation>
        </message>
        <message>
            <source>Beep for workouts, a soft bell for relaxation poses</source>
            <translation>Piepton fürs Training, eine sanfte Glocke für Entspannungshaltungen</translation>
        </message>
    </context>
    <context>
        <name>DayHeatMap</name>
        <message>
            <source>Last {weeks} weeks, from {first}: {minutes} on {days}</source>
            <translation>Letzte {weeks} Wochen, ab {first}: {minutes} an {days}</translation>
        </message>
        <message>
            <source>; most on {day} ({minutes})</source>
            <translation>; am meisten am {day} ({minutes})</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>exercise {number}</source>
            <translation>Übung {number}</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>line {line}: </source>
            <translation>Zeile {line}: </translation>
        </message>
        <message>
            <source>Exercise {number}: </source>
            <translation>Übung {number}: </translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save the changes to this routine before closing?</source>
            <translation>Änderungen an diesem Programm vor dem Schließen speichern?</translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <source>Could not open {file} ({error}); starting a new routine.</source>
            <translation>{file} konnte nicht geöffnet werden ({error}); ein neues Programm wird begonnen.</translation>
        </message>
        <message>
            <source>Copy of {name}</source>
            <translation>Kopie von {name}</translation>
        </message>
        <message>
            <source>Adjustable values ($name)</source>
            <translation>Einstellbare Werte ($name)</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>E&amp;xercises (Alt+Up, Alt+Down to move):</source>
            <translation>Ü&amp;bungen (Alt+Auf, Alt+Ab zum Verschieben):</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>&amp;Up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save ({keys})</source>
            <translation>Speichern ({keys})</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Z or Ctrl+Y</source>
            <translation>Strg+Umschalt+Z oder Strg+Y</translation>
        </message>
        <message>
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>{field} bearbeiten</translation>
        </message>
        <message>
            <source>Add exercise</source>
            <translation>Übung hinzufügen</translation>
        </message>
        <message>
            <source>Duplicate exercise</source>
            <translation>Übung duplizieren</translation>
        </message>
        <message>
            <source>Remove exercise</source>
            <translation>Übung entfernen</translation>
        </message>
        <message>
            <source>Move exercise</source>
            <translation>Übung verschieben</translation>
        </message>
        <message>
            <source>{exercise}  ⚠ problem</source>
            <translation>{exercise}  ⚠ Problem</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Nicht gespeichert: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>(and %n more)</source>
            <translation>
                <numerusform>(und %n weiteres)</numerusform>
                <numerusform>(und %n weitere)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved as {file}</source>
            <translation>Gespeichert als {file}</translation>
        </message>
        <message>
            <source>new file</source>
            <translation>neue Datei</translation>
        </message>
        <message>
            <source>Routine editor – {file}[*]</source>
            <translation>Programm-Editor – {file}[*]</translation>
        </message>
    </context>
    <context>
        <name>ExerciseForm</name>
        <message>
            <source>Timed work</source>
            <translation>Übung auf Zeit</translation>
        </message>
        <message>
            <source>Timed hold</source>
            <translation>Halten auf Zeit</translation>
        </message>
        <message>
            <source>Reps per set</source>
            <translation>Wiederholungen pro Satz</translation>
        </message>
        <message>
            <source>Total reps over sets</source>
            <translation>Wiederholungen gesamt über Sätze</translation>
        </message>
        <message>
            <source>One side only (default)</source>
            <translation>Nur eine Seite (Standard)</translation>
        </message>
        <message>
            <source>Both: right, then left</source>
            <translation>Beide: rechts, dann links</translation>
        </message>
        <message>
            <source>Right only</source>
            <translation>Nur rechts</translation>
        </message>
        <message>
            <source>Left only</source>
            <translation>Nur links</translation>
        </message>
        <message>
            <source>Left, then right</source>
            <translation>Links, dann rechts</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Cues for this exercise</source>
            <translation>Signale für diese Übung</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>at your own pace</source>
            <translation>im eigenen Tempo</translation>
        </message>
        <message>
            <source>routine's</source>
            <translation>wie im Programm</translation>
        </message>
        <message>
            <source>same as rest</source>
            <translation>wie Pause</translation>
        </message>
        <message>
            <source>Nam&amp;e:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>S&amp;hape:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <source>What the exercise runs</source>
            <translation>Wie die Übung abläuft</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <translation>&amp;Menge:</translation>
        </message>
        <message>
            <source>A time (45s, 1m30s) for work and holds, a count for reps; or a $parameter</source>
            <translation>Eine Zeit (45s, 1m30s) für Arbeit und Halten, eine Anzahl für Wiederholungen; oder ein $Parameter</translation>
        </message>
        <message>
            <source>&amp;Tempo:</source>
            <translation>&amp;Tempo:</translation>
        </message>
        <message>
            <source>Seconds per rep; empty: each set lasts until you press Enter</source>
            <translation>Sekunden pro Wiederholung; leer: jeder Satz dauert, bis Sie Enter drücken</translation>
        </message>
        <message>
            <source>&amp;Repeats:</source>
            <translation>&amp;Wiederholungen:</translation>
        </message>
        <message>
            <source>How many intervals, holds or sets</source>
            <translation>Wie viele Intervalle, Halteübungen oder Sätze</translation>
        </message>
        <message>
            <source>S&amp;ides:</source>
            <translation>S&amp;eiten:</translation>
        </message>
        <message>
            <source>Switch time:</source>
            <translation>Wechselzeit:</translation>
        </message>
        <message>
            <source>The pause to switch sides</source>
            <translation>Die Pause zum Seitenwechsel</translation>
        </message>
        <message>
            <source>Rest:</source>
            <translation>Pause:</translation>
        </message>
        <message>
            <source>Between repeats, and after the exercise</source>
            <translation>Zwischen Wiederholungen und nach der Übung</translation>
        </message>
        <message>
            <source>Rest a&amp;fter:</source>
            <translation>Pause &amp;danach:</translation>
        </message>
        <message>
            <source>After the exercise, when it differs from the rest</source>
            <translation>Nach der Übung, wenn sie von der Pause abweicht</translation>
        </message>
        <message>
            <source>Instru&amp;ctions:</source>
            <translation>&amp;Anleitung:</translation>
        </message>
        <message>
            <source>Safet&amp;y:</source>
            <translation>S&amp;icherheit:</translation>
        </message>
        <message>
            <source>What to watch out for</source>
            <translation>Worauf zu achten ist</translation>
        </message>
        <message>
            <source>Change shape</source>
            <translation>Form ändern</translation>
        </message>
        <message>
            <source>e.g. 45s</source>
            <translation>z. B. 45s</translation>
        </message>
        <message>
            <source>e.g. 10</source>
            <translation>z. B. 10</translation>
        </message>
        <message>
            <source>Exercise {number}</source>
            <translation>Übung {number}</translation>
        </message>
    </context>
    <context>
        <name>GuideText</name>
        <message>
            <source>Safety: {note}</source>
            <translation>Sicherheit: {note}</translation>
        </message>
        <message>
            <source>Safety:</source>
            <translation>Sicherheit:</translation>
        </message>
    </context>
    <context>
        <name>HeatMap</name>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>under 1 min</source>
            <translation>unter 1 min</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>{name} ({routine})</source>
            <translation>{name} ({routine})</translation>
        </message>
        <message>
            <source>unfinished</source>
            <translation>nicht beendet</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>A day counts when any session on it completed</source>
            <translation>Ein Tag zählt, wenn an ihm eine Einheit abgeschlossen wurde</translation>
        </message>
        <message>
            <source>Back  ({key})</source>
            <translation>Zurück  ({key})</translation>
        </message>
        <message>
            <source>Newest first. Delete removes the selected session; {keys} brings it back.</source>
            <translation>Neueste zuerst. Entf löscht die gewählte Einheit; {keys} holt sie zurück.</translation>
        </message>
        <message>
            <source>Delete  ({key})</source>
            <translation>Löschen  ({key})</translation>
        </message>
        <message>
            <source>Undo  ({keys})</source>
            <translation>Rückgängig  ({keys})</translation>
        </message>
        <message>
            <source>No history: the history file could not be opened.</source>
            <translation>Kein Verlauf: Die Verlaufsdatei konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>No history is being kept.</source>
            <translation>Es wird kein Verlauf geführt.</translation>
        </message>
        <message>
            <source>No sessions yet: finish or stop a workout and it shows here.</source>
            <translation>Noch keine Einheiten: Beenden oder stoppen Sie ein Training, dann erscheint es hier.</translation>
        </message>
        <message>
            <source>Current streak: {current} · Longest: {longest}</source>
            <translation>Aktuelle Serie: {current} · Längste: {longest}</translation>
        </message>
        <message>
            <source>{routine}: {sessions}, {minutes} min</source>
            <translation>{routine}: {sessions}, {minutes} min</translation>
        </message>
        <message>
            <source>No totals yet</source>
            <translation>Noch keine Summen</translation>
        </message>
        <message>
            <source>Could not delete that session (see the log).</source>
            <translation>Diese Einheit konnte nicht gelöscht werden (siehe Protokoll).</translation>
        </message>
        <message>
            <source>Deleted {routine} of {when}. {keys} brings it back.</source>
            <translation>{routine} vom {when} gelöscht. {keys} holt es zurück.</translation>
        </message>
        <message>
            <source>Could not bring that session back (see the log).</source>
            <translation>Diese Einheit konnte nicht zurückgeholt werden (siehe Protokoll).</translation>
        </message>
        <message>
            <source>Brought back {routine} of {when}.</source>
            <translation>{routine} vom {when} zurückgeholt.</translation>
        </message>
    </context>
    <context>
        <name>JumpList</name>
        <message>
            <source>Jump to an exercise</source>
            <translation>Zu einer Übung springen</translation>
        </message>
        <message>
            <source>Type to filter</source>
            <translation>Tippen zum Filtern</translation>
        </message>
        <message>
            <source>↑ ↓ choose · {enter} jumps there · {escape} or {keys} closes</source>
            <translation>↑ ↓ wählen · {enter} springt dorthin · {escape} oder {keys} schließt</translation>
        </message>
        <message>
            <source>{exercise}   ← now</source>
            <translation>{exercise}   ← jetzt</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Paused: the computer slept. Press {key} to carry on.</source>
            <translation>Angehalten: Der Computer war im Ruhezustand. {key} setzt fort.</translation>
        </message>
        <message>
            <source>Paused: the screen locked. Press {key} to carry on.</source>
            <translation>Angehalten: Der Bildschirm wurde gesperrt. {key} setzt fort.</translation>
        </message>
        <message>
            <source>History · {app}</source>
            <translation>Verlauf · {app}</translation>
        </message>
        <message>
            <source>Could not start {routine}: {error}</source>
            <translation>{routine} konnte nicht gestartet werden: {error}</translation>
        </message>
        <message>
            <source>A workout is under way: stop it ({key}) before starting {routine}.</source>
            <translation>Ein Training läuft: Beenden Sie es ({key}), bevor Sie {routine} starten.</translation>
        </message>
        <message>
            <source>Reminders are not available in this window.</source>
            <translation>Erinnerungen sind in diesem Fenster nicht verfügbar.</translation>
        </message>
        <message>
            <source>A reminder came during a workout: finish this one first.</source>
            <translation>Eine Erinnerung kam während eines Trainings: Beenden Sie erst dieses.</translation>
        </message>
        <message>
            <source>The routine {routine} of a reminder is no longer in the list.</source>
            <translation>Das Programm {routine} einer Erinnerung ist nicht mehr in der Liste.</translation>
        </message>
        <message>
            <source>A workout is under way: stop it ({key}) before opening {file}.</source>
            <translation>Ein Training läuft: Beenden Sie es ({key}), bevor Sie {file} öffnen.</translation>
        </message>
        <message>
            <source>{file} cannot be run</source>
            <translation>{file} kann nicht ausgeführt werden</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix first:</source>
            <translation>
                <numerusform>%n Problem ist zuerst zu beheben:</numerusform>
                <numerusform>%n Probleme sind zuerst zu beheben:</numerusform>
            </translation>
        </message>
        <message>
            <source>MUTED</source>
            <translation>STUMM</translation>
        </message>
        <message>
            <source>NO SOUND</source>
            <translation>KEIN TON</translation>
        </message>
    </context>
    <context>
        <name>ParameterSection</name>
        <message>
            <source>Seconds (s)</source>
            <translation>Sekunden (s)</translation>
        </message>
        <message>
            <source>Minutes (min)</source>
            <translation>Minuten (min)</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Parameter ${name}</source>
            <translation>Parameter ${name}</translation>
        </message>
        <message>
            <source>Name ($):</source>
            <translation>Name ($):</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>Bezeichnung:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Einheit:</translation>
        </message>
        <message>
            <source>Default:</source>
            <translation>Standard:</translation>
        </message>
        <message>
            <source>Minimum:</source>
            <translation>Minimum:</translation>
        </message>
        <message>
            <source>Maximum:</source>
            <translation>Maximum:</translation>
        </message>
        <message>
            <source>Step:</source>
            <translation>Schritt:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Beschreibung:</translation>
        </message>
        <message>
            <source>Remove ${name}</source>
            <translation>${name} entfernen</translation>
        </message>
        <message>
            <source>{name} is not a free name of letters, digits and _</source>
            <translation>{name} ist kein freier Name aus Buchstaben, Ziffern und _</translation>
        </message>
        <message>
            <source>Add an adjustable va&amp;lue</source>
            <translation>Einstellbaren &amp;Wert hinzufügen</translation>
        </message>
        <message>
            <source>A value the user picks before starting, used as $name</source>
            <translation>Ein Wert, den man vor dem Start wählt, verwendet als $name</translation>
        </message>
        <message>
            <source>Value {number}</source>
            <translation>Wert {number}</translation>
        </message>
    </context>
    <context>
        <name>PickerPage</name>
        <message>
            <source>Search routines  ({key}, or just type)</source>
            <translation>Programme suchen  ({key} oder einfach tippen)</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle Schlagwörter</translation>
        </message>
        <message>
            <source>No routine matches the search.</source>
            <translation>Kein Programm passt zur Suche.</translation>
        </message>
        <message>
            <source>Start  ({key})</source>
            <translation>Starten  ({key})</translation>
        </message>
        <message>
            <source>Open routines folder  ({key})</source>
            <translation>Programmordner öffnen  ({key})</translation>
        </message>
        <message>
            <source>Your own routines live in {folder}</source>
            <translation>Ihre eigenen Programme liegen in {folder}</translation>
        </message>
        <message>
            <source>No folder for your own routines is in use</source>
            <translation>Kein Ordner für eigene Programme in Gebrauch</translation>
        </message>
        <message>
            <source>History  ({key})</source>
            <translation>Verlauf  ({key})</translation>
        </message>
        <message>
            <source>built-in</source>
            <translation>mitgeliefert</translation>
        </message>
        <message>
            <source>your file {file}</source>
            <translation>Ihre Datei {file}</translation>
        </message>
        <message>
            <source>Your file {file} · {description}</source>
            <translation>Ihre Datei {file} · {description}</translation>
        </message>
        <message>
            <source>Built-in routine</source>
            <translation>Mitgeliefertes Programm</translation>
        </message>
        <message>
            <source>Your routine file: {path}</source>
            <translation>Ihre Programmdatei: {path}</translation>
        </message>
        <message>
            <source>Cannot load {file}</source>
            <translation>{file} kann nicht geladen werden</translation>
        </message>
        <message>
            <source>broken</source>
            <translation>fehlerhaft</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s): {first}</source>
            <translation>
                <numerusform>%n Problem: {first}</numerusform>
                <numerusform>%n Probleme: {first}</numerusform>
            </translation>
        </message>
        <message>
            <source>too long</source>
            <translation>zu lang</translation>
        </message>
        <message>
            <source>Loading your routines: {done} of {total}</source>
            <translation>Ihre Programme werden geladen: {done} von {total}</translation>
        </message>
        <message>
            <source>No routine tagged {tag} matches “{query}”.</source>
            <translation>Kein Programm mit dem Schlagwort {tag} passt zu „{query}“.</translation>
        </message>
        <message>
            <source>No routine matches “{query}”.</source>
            <translation>Kein Programm passt zu „{query}“.</translation>
        </message>
        <message>
            <source>No routine is tagged {tag}.</source>
            <translation>Kein Programm hat das Schlagwort {tag}.</translation>
        </message>
        <message>
            <source>There are no routines.</source>
            <translation>Es gibt keine Programme.</translation>
        </message>
        <message>
            <source>Your own routines are still being listed.</source>
            <translation>Ihre eigenen Programme werden noch aufgelistet.</translation>
        </message>
        <message>
            <source>{key} clears the search.</source>
            <translation>{key} leert die Suche.</translation>
        </message>
        <message>
            <source>“All tags” in the tag filter shows every tag.</source>
            <translation>„Alle Schlagwörter“ im Filter zeigt alle an.</translation>
        </message>
        <message>
            <source>Nothing to start</source>
            <translation>Nichts zu starten</translation>
        </message>
        <message>
            <source>{key} shows every shortcut</source>
            <translation>{key} zeigt alle Tastenkürzel</translation>
        </message>
        <message>
            <source>{enter} or {space} starts</source>
            <translation>{enter} oder {space} startet</translation>
        </message>
        <message>
            <source>{key} clears the search</source>
            <translation>{key} leert die Suche</translation>
        </message>
        <message>
            <source>This file cannot be loaded: nothing to start until it is fixed</source>
            <translation>Diese Datei kann nicht geladen werden: Nichts zu starten, bis sie korrigiert ist</translation>
        </message>
        <message>
            <source>No folder for your own routines is in use.</source>
            <translation>Kein Ordner für eigene Programme in Gebrauch.</translation>
        </message>
        <message>
            <source>Could not make your routines folder {folder}: {error}.</source>
            <translation>Ihr Programmordner {folder} konnte nicht angelegt werden: {error}.</translation>
        </message>
        <message>
            <source>Could not open a file manager. Your routines folder is {folder}</source>
            <translation>Es konnte keine Dateiverwaltung geöffnet werden. Ihr Programmordner ist {folder}</translation>
        </message>
        <message>
            <source>Your routines folder: {folder}. Put routine files (.yaml) there; the list follows added, changed and removed files by itself.</source>
            <translation>Ihr Programmordner: {folder}. Legen Sie Programmdateien (.yaml) dort ab; die Liste folgt hinzugefügten, geänderten und entfernten Dateien von selbst.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <source>Total: –</source>
            <translation>Gesamt: –</translation>
        </message>
        <message>
            <source>&amp;Problems:</source>
            <translation>&amp;Probleme:</translation>
        </message>
        <message>
            <source>Total: – (fix the problems below)</source>
            <translation>Gesamt: – (beheben Sie die Probleme unten)</translation>
        </message>
        <message>
            <source>Total: {total}</source>
            <translation>Gesamt: {total}</translation>
        </message>
        <message>
            <source>+ {sets} at your own pace</source>
            <translation>+ {sets} im eigenen Tempo</translation>
        </message>
        <message>
            <source>(default values)</source>
            <translation>(Standardwerte)</translation>
        </message>
        <message>
            <source>… and {number} more</source>
            <translation>… und {number} weitere</translation>
        </message>
        <message>
            <source>&amp;Problems: none</source>
            <translation>&amp;Probleme: keine</translation>
        </message>
        <message>
            <source>&amp;Problems ({number}), saving is refused until they are fixed:</source>
            <translation>&amp;Probleme ({number}), Speichern erst nach Behebung möglich:</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <source>Keep going</source>
            <translation>Weitermachen</translation>
        </message>
        <message>
            <source>Stop the workout?</source>
            <translation>Training beenden?</translation>
        </message>
        <message>
            <source>The workout is paused. Stop it and see the summary?

S stops · Enter or Esc keeps going</source>
            <translation>Das Training ist angehalten. Stoppen und die Zusammenfassung ansehen?

S stoppt · Enter oder Esc macht weiter</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Stoppen</translation>
        </message>
        <message>
            <source>Quit Leg Timer?</source>
            <translation>Leg Timer beenden?</translation>
        </message>
        <message>
            <source>The workout is paused. Quit and lose the rest of it?

Q quits · Enter or Esc keeps going</source>
            <translation>Das Training ist angehalten. Beenden und den Rest verlieren?

B beendet · Enter oder Esc macht weiter</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Restart the workout?</source>
            <translation>Training neu starten?</translation>
        </message>
        <message>
            <source>The workout is paused. Start the routine again from the beginning?

R restarts · Enter or Esc keeps going</source>
            <translation>Das Training ist angehalten. Das Programm von vorn beginnen?

N startet neu · Enter oder Esc macht weiter</translation>
        </message>
        <message>
            <source>&amp;Restart</source>
            <translation>&amp;Neu starten</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <source>Reminders: {routine}</source>
            <translation>Erinnerungen: {routine}</translation>
        </message>
        <message>
            <source>&amp;Remind me to do {routine}</source>
            <translation>An {routine} &amp;erinnern</translation>
        </message>
        <message>
            <source>At these &amp;times of day:</source>
            <translation>Zu diesen &amp;Uhrzeiten:</translation>
        </message>
        <message>
            <source>&amp;Spread over the day:</source>
            <translation>Über den Tag &amp;verteilt:</translation>
        </message>
        <message>
            <source> times a day</source>
            <translation> Mal am Tag</translation>
        </message>
        <message>
            <source>&amp;between</source>
            <translation>&amp;zwischen</translation>
        </message>
        <message>
            <source>a&amp;nd</source>
            <translation>u&amp;nd</translation>
        </message>
        <message>
            <source>On:</source>
            <translation>An:</translation>
        </message>
        <message>
            <source>Use the routine's &amp;advice</source>
            <translation>&amp;Empfehlung des Programms übernehmen</translation>
        </message>
        <message>
            <source>Start Leg Timer at &amp;login, quietly (reminders come only while it runs)</source>
            <translation>Leg Timer bei der &amp;Anmeldung still starten (Erinnerungen kommen nur, solange es läuft)</translation>
        </message>
        <message>
            <source>Remo&amp;ve reminder</source>
            <translation>Erinnerung &amp;entfernen</translation>
        </message>
        <message>
            <source>{low}-{high} sessions a day</source>
            <translation>{low}–{high} Einheiten am Tag</translation>
        </message>
        <message>
            <source>{count} a day</source>
            <translation>{count} am Tag</translation>
        </message>
        <message>
            <source>{low}-{high} sessions a week</source>
            <translation>{low}–{high} Einheiten pro Woche</translation>
        </message>
        <message>
            <source>{count} a week</source>
            <translation>{count} pro Woche</translation>
        </message>
        <message numerus="yes">
            <source>%n rest day(s) after a hard session</source>
            <translation>
                <numerusform>%n Ruhetag nach einer harten Einheit</numerusform>
                <numerusform>%n Ruhetage nach einer harten Einheit</numerusform>
            </translation>
        </message>
        <message>
            <source>This routine gives no practice advice.</source>
            <translation>Dieses Programm gibt keine Übungsempfehlung.</translation>
        </message>
        <message>
            <source>The routine's advice: {advice}.</source>
            <translation>Empfehlung des Programms: {advice}.</translation>
        </message>
        <message>
            <source>Cannot save yet: {error}.</source>
            <translation>Noch nicht speicherbar: {error}.</translation>
        </message>
        <message>
            <source>Off (kept: {rule}).</source>
            <translation>Aus (gemerkt: {rule}).</translation>
        </message>
        <message>
            <source>Reminds you {rule}.</source>
            <translation>Erinnert Sie {rule}.</translation>
        </message>
        <message>
            <source>Next: {when}.</source>
            <translation>Nächste: {when}.</translation>
        </message>
        <message>
            <source>Starting at login could not be changed: {problem}.</source>
            <translation>Start bei der Anmeldung konnte nicht geändert werden: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Start now</source>
            <translation>Jetzt starten</translation>
        </message>
        <message>
            <source>Later ({minutes} min)</source>
            <translation>Später ({minutes} min)</translation>
        </message>
        <message>
            <source>Your reminder: {rule}.</source>
            <translation>Ihre Erinnerung: {rule}.</translation>
        </message>
        <message>
            <source>Due at {time}, while Leg Timer could not remind you. {rule}</source>
            <translation>Fällig um {time}, als Leg Timer nicht erinnern konnte. {rule}</translation>
        </message>
        <message>
            <source>Time for {routine}</source>
            <translation>Zeit für {routine}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Reminders could not be saved: {problem}.</source>
            <translation>Erinnerungen konnten nicht gespeichert werden: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>RoutineActions</name>
        <message>
            <source>Routine files (*.yaml *.yml);;All files (*)</source>
            <translation>Programmdateien (*.yaml *.yml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Routine files (*.yaml *.yml *.json);;JSON (*.json);;YAML (*.yaml *.yml);;All files (*)</source>
            <translation>Programmdateien (*.yaml *.yml *.json);;JSON (*.json);;YAML (*.yaml *.yml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Select a routine to edit first.</source>
            <translation>Wählen Sie zuerst ein Programm zum Bearbeiten.</translation>
        </message>
        <message>
            <source>Select a routine to duplicate first.</source>
            <translation>Wählen Sie zuerst ein Programm zum Duplizieren.</translation>
        </message>
        <message>
            <source>Select a routine to delete first.</source>
            <translation>Wählen Sie zuerst ein Programm zum Löschen.</translation>
        </message>
        <message>
            <source>Select a routine to save first.</source>
            <translation>Wählen Sie zuerst ein Programm zum Speichern.</translation>
        </message>
        <message>
            <source>Select a routine first.</source>
            <translation>Wählen Sie zuerst ein Programm.</translation>
        </message>
        <message>
            <source>This file cannot be loaded, so there is nothing to do with it: fix it in a text editor (its folder: {key}).</source>
            <translation>Diese Datei kann nicht geladen werden, daher ist damit nichts möglich: Korrigieren Sie sie in einem Texteditor (ihr Ordner: {key}).</translation>
        </message>
        <message>
            <source>No folder for your own routines is in use.</source>
            <translation>Kein Ordner für eigene Programme in Gebrauch.</translation>
        </message>
        <message>
            <source>Built-in routines stay as shipped</source>
            <translation>Mitgelieferte Programme bleiben unverändert</translation>
        </message>
        <message>
            <source>“{name}” is a built-in routine: it cannot be changed, so it always works as it came. Make a copy of your own ({key}) and edit that?

D duplicates · Enter or Esc cancels</source>
            <translation>„{name}“ ist ein mitgeliefertes Programm: Es lässt sich nicht ändern und funktioniert so immer wie geliefert. Eine eigene Kopie anlegen ({key}) und diese bearbeiten?

D dupliziert · Enter oder Esc bricht ab</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplizieren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>The file of “{name}” is no longer there.</source>
            <translation>Die Datei von „{name}“ ist nicht mehr vorhanden.</translation>
        </message>
        <message>
            <source>Saved {path}, outside your routines folder.</source>
            <translation>{path} gespeichert, außerhalb Ihres Programmordners.</translation>
        </message>
        <message>
            <source>“{name}” is a built-in routine: it cannot be deleted.</source>
            <translation>„{name}“ ist ein mitgeliefertes Programm: Es kann nicht gelöscht werden.</translation>
        </message>
        <message>
            <source>Could not delete “{name}”: {error}.</source>
            <translation>„{name}“ konnte nicht gelöscht werden: {error}.</translation>
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation>„{name}“ gelöscht.</translation>
        </message>
        <message>
            <source>Could not bring back “{name}”: {error}.</source>
            <translation>„{name}“ konnte nicht zurückgeholt werden: {error}.</translation>
        </message>
        <message>
            <source>Brought back “{name}” as {file} ({taken} is taken).</source>
            <translation>„{name}“ als {file} zurückgeholt ({taken} ist vergeben).</translation>
        </message>
        <message>
            <source>Brought back “{name}”.</source>
            <translation>„{name}“ zurückgeholt.</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Nichts wurde importiert</translation>
        </message>
        <message>
            <source>Could not write into {folder}: {error}</source>
            <translation>In {folder} konnte nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>„{name}“</translation>
        </message>
        <message>
            <source>Imported {names}.</source>
            <translation>{names} importiert.</translation>
        </message>
        <message>
            <source>“{name}” ({format}, now {file}): {parts}</source>
            <translation>„{name}“ ({format}, jetzt {file}): {parts}</translation>
        </message>
        <message>
            <source>Imported, with some parts left out</source>
            <translation>Importiert, einige Teile ausgelassen</translation>
        </message>
        <message>
            <source>These parts of the files have no place in a Leg Timer routine and were not carried over:</source>
            <translation>Diese Teile der Dateien haben in einem Leg-Timer-Programm keinen Platz und wurden nicht übernommen:</translation>
        </message>
        <message>
            <source>Could not read “{name}”: {error}.</source>
            <translation>„{name}“ konnte nicht gelesen werden: {error}.</translation>
        </message>
        <message>
            <source>The copy was not saved</source>
            <translation>Die Kopie wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>Could not write {file}: {error}</source>
            <translation>{file} konnte nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <source>Saved a copy of “{name}” as {file}.</source>
            <translation>Kopie von „{name}“ als {file} gespeichert.</translation>
        </message>
        <message>
            <source>Open a routine file</source>
            <translation>Programmdatei öffnen</translation>
        </message>
        <message>
            <source>Import routines</source>
            <translation>Programme importieren</translation>
        </message>
        <message>
            <source>Save a copy of the routine</source>
            <translation>Kopie des Programms speichern</translation>
        </message>
    </context>
    <context>
        <name>RoutineDetails</name>
        <message>
            <source>Reset to the routine's defaults</source>
            <translation>Auf die Werte des Programms zurücksetzen</translation>
        </message>
        <message>
            <source>Put every value above back to the routine's own</source>
            <translation>Alle Werte oben auf die des Programms zurücksetzen</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>Cannot load {file}</source>
            <translation>{file} kann nicht geladen werden</translation>
        </message>
        <message>
            <source>{problems}: nothing to start until the file is fixed</source>
            <translation>{problems}: Nichts zu starten, bis die Datei korrigiert ist</translation>
        </message>
        <message>
            <source>{label}: {text} is outside {range}; kept {kept}.</source>
            <translation>{label}: {text} liegt außerhalb von {range}; {kept} beibehalten.</translation>
        </message>
        <message>
            <source>Total {total} · {steps}</source>
            <translation>Gesamt {total} · {steps}</translation>
        </message>
    </context>
    <context>
        <name>RoutineForm</name>
        <message>
            <source>the app</source>
            <translation>die App</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Zeiten</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Cool-down</translation>
        </message>
        <message>
            <source>Notes and practice</source>
            <translation>Hinweise und Übungsplan</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Shown in the picker</source>
            <translation>In der Auswahl angezeigt</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <source>One or two sentences for the picker</source>
            <translation>Ein oder zwei Sätze für die Auswahl</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Schlagwörter:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Quelle:</translation>
        </message>
        <message>
            <source>Where the routine comes from</source>
            <translation>Woher das Programm stammt</translation>
        </message>
        <message>
            <source>&amp;Get ready:</source>
            <translation>&amp;Bereit machen:</translation>
        </message>
        <message>
            <source>The countdown before the first exercise; 0 for none</source>
            <translation>Der Countdown vor der ersten Übung; 0 für keinen</translation>
        </message>
        <message>
            <source>Switch sides:</source>
            <translation>Seitenwechsel:</translation>
        </message>
        <message>
            <source>Default pause to switch sides</source>
            <translation>Übliche Pause zum Seitenwechsel</translation>
        </message>
        <message>
            <source>R&amp;ounds:</source>
            <translation>R&amp;unden:</translation>
        </message>
        <message>
            <source>How many times to go through the exercises</source>
            <translation>Wie oft die Übungen durchlaufen werden</translation>
        </message>
        <message>
            <source>Rest between rounds:</source>
            <translation>Pause zwischen Runden:</translation>
        </message>
        <message>
            <source>Replaces the last exercise's rest between rounds</source>
            <translation>Ersetzt zwischen den Runden die Pause der letzten Übung</translation>
        </message>
        <message>
            <source>Skip the last rest:</source>
            <translation>Letzte Pause auslassen:</translation>
        </message>
        <message>
            <source>Yes (default)</source>
            <translation>Ja (Standard)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Leave out the rest after the very last exercise</source>
            <translation>Die Pause nach der allerletzten Übung weglassen</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>Bezeichnung:</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>Dauer:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>e.g. 2min; empty for no cool-down</source>
            <translation>z. B. 2min; leer für kein Cool-down</translation>
        </message>
        <message>
            <source>Instructions:</source>
            <translation>Anleitung:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Hinweise:</translation>
        </message>
        <message>
            <source>One note per paragraph</source>
            <translation>Ein Hinweis pro Absatz</translation>
        </message>
        <message>
            <source>Tips that are not timed; a blank line between notes</source>
            <translation>Tipps ohne Zeitvorgabe; eine Leerzeile zwischen Hinweisen</translation>
        </message>
        <message>
            <source>Sessions a day:</source>
            <translation>Einheiten pro Tag:</translation>
        </message>
        <message>
            <source>e.g. 3-5</source>
            <translation>z. B. 3-5</translation>
        </message>
        <message>
            <source>A number or a range such as 3-5</source>
            <translation>Eine Zahl oder ein Bereich wie 3-5</translation>
        </message>
        <message>
            <source>Sessions a week:</source>
            <translation>Einheiten pro Woche:</translation>
        </message>
        <message>
            <source>e.g. 1-2</source>
            <translation>z. B. 1-2</translation>
        </message>
        <message>
            <source>A number or a range such as 1-2</source>
            <translation>Eine Zahl oder ein Bereich wie 1-2</translation>
        </message>
        <message>
            <source>Rest days after:</source>
            <translation>Ruhetage danach:</translation>
        </message>
        <message>
            <source>Practice note:</source>
            <translation>Übungshinweis:</translation>
        </message>
        <message>
            <source>Cues (every exercise)</source>
            <translation>Signale (jede Übung)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Stay paused</source>
            <translation>Angehalten bleiben</translation>
        </message>
        <message>
            <source>Resume when I come back</source>
            <translation>Fortsetzen, wenn ich zurück bin</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Mute sounds and voice ({key})</source>
            <translation>Töne und Stimme stummschalten ({key})</translation>
        </message>
        <message>
            <source>Speak announcements</source>
            <translation>Ansagen sprechen</translation>
        </message>
        <message>
            <source>Count reps aloud in paced sets</source>
            <translation>Wiederholungen in getakteten Sätzen laut zählen</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>Ton testen</translation>
        </message>
        <message>
            <source>Play a cue now, at this volume</source>
            <translation>Jetzt ein Signal in dieser Lautstärke abspielen</translation>
        </message>
        <message>
            <source>Test voice</source>
            <translation>Stimme testen</translation>
        </message>
        <message>
            <source>Speak a line now, with this voice and rate</source>
            <translation>Jetzt einen Satz mit dieser Stimme und diesem Tempo sprechen</translation>
        </message>
        <message>
            <source>Tick the last seconds of each segment</source>
            <translation>Die letzten Sekunden jedes Abschnitts ticken</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>Use my own get-ready time for every routine</source>
            <translation>Eigene Bereitmachzeit für jedes Programm verwenden</translation>
        </message>
        <message>
            <source>Pause when the screen locks</source>
            <translation>Pausieren, wenn der Bildschirm sperrt</translation>
        </message>
        <message>
            <source>Notify at each new exercise while this window is in the background</source>
            <translation>Bei jeder neuen Übung benachrichtigen, solange dieses Fenster im Hintergrund ist</translation>
        </message>
        <message>
            <source>Screen reader: announce the last 3 seconds of each step</source>
            <translation>Bildschirmleser: die letzten 3 Sekunden jedes Schritts ansagen</translation>
        </message>
        <message>
            <source>Screen reader: also show announcements as notifications (Orca 45 and older)</source>
            <translation>Bildschirmleser: Ansagen auch als Benachrichtigungen zeigen (Orca 45 und älter)</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>Protokolldatei: {path}</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Ton</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <source>Countdown</source>
            <translation>Countdown</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Stimme</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Workout and window</source>
            <translation>Training und Fenster</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Bereit machen</translation>
        </message>
        <message>
            <source>After sleep</source>
            <translation>Nach Ruhezustand</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Mini timer</source>
            <translation>Mini-Timer</translation>
        </message>
        <message>
            <source>Changes apply at once.</source>
            <translation>Änderungen gelten sofort.</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>System ({language})</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Systemstandard</translation>
        </message>
        <message>
            <source>{voice} (not available now)</source>
            <translation>{voice} (derzeit nicht verfügbar)</translation>
        </message>
        <message>
            <source>Playing the start cue.</source>
            <translation>Das Startsignal wird abgespielt.</translation>
        </message>
        <message>
            <source>Speaking a test line.</source>
            <translation>Ein Testsatz wird gesprochen.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutOverlay</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>{escape}, {keys} closes this list</source>
            <translation>{escape}, {keys} schließt diese Liste</translation>
        </message>
    </context>
    <context>
        <name>StepSpinBox</name>
        <message>
            <source>allowed {range}</source>
            <translation>erlaubt {range}</translation>
        </message>
        <message>
            <source>Allowed: {range}</source>
            <translation>Erlaubt: {range}</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>Workout complete</source>
            <translation>Training beendet</translation>
        </message>
        <message>
            <source>Time spent exercising and resting, without pauses and without the get-ready countdown</source>
            <translation>Zeit für Übungen und Pausen, ohne Unterbrechungen und ohne den Bereitmach-Countdown</translation>
        </message>
        <message>
            <source>Active time</source>
            <translation>Aktive Zeit</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>Erledigte Schritte</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Back to routines  ({key})</source>
            <translation>Zurück zu den Programmen  ({key})</translation>
        </message>
        <message>
            <source>Repeat  ({key})</source>
            <translation>Wiederholen  ({key})</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <source>Strength</source>
            <translation>Kraft</translation>
        </message>
        <message>
            <source>Mobility</source>
            <translation>Beweglichkeit</translation>
        </message>
        <message>
            <source>Stretch</source>
            <translation>Dehnen</translation>
        </message>
        <message>
            <source>Relaxation</source>
            <translation>Entspannung</translation>
        </message>
        <message>
            <source>Posture</source>
            <translation>Haltung</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>No plan yet</source>
            <translation>Noch kein Plan</translation>
        </message>
        <message>
            <source>until you press Enter</source>
            <translation>bis Sie Enter drücken</translation>
        </message>
        <message>
            <source>{start} {label} ({kind}, {length})</source>
            <translation>{start} {label} ({kind}, {length})</translation>
        </message>
    </context>
    <context>
        <name>TrayEntries</name>
        <message>
            <source>Mini timer</source>
            <translation>Mini-Timer</translation>
        </message>
        <message>
            <source>A small timer that stays above other windows (T)</source>
            <translation>Ein kleiner Timer, der über anderen Fenstern bleibt (T)</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Bei Anmeldung starten</translation>
        </message>
        <message>
            <source>Start quietly in the tray at login, so reminders come</source>
            <translation>Bei der Anmeldung still im Systembereich starten, damit Erinnerungen kommen</translation>
        </message>
        <message>
            <source>Starting at login could not be changed: {problem}.</source>
            <translation>Start bei der Anmeldung konnte nicht geändert werden: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <source>Undo  ({keys})</source>
            <translation>Rückgängig  ({keys})</translation>
        </message>
    </context>
    <context>
        <name>WeekBars</name>
        <message>
            <source>week of {day}: {minutes}</source>
            <translation>Woche vom {day}: {minutes}</translation>
        </message>
        <message>
            <source>Last {weeks} weeks: most in one week {minutes}; {recent}.</source>
            <translation>Letzte {weeks} Wochen: meiste in einer Woche {minutes}; {recent}.</translation>
        </message>
        <message>
            <source>Minutes per week (most {minutes})</source>
            <translation>Minuten pro Woche (höchstens {minutes})</translation>
        </message>
    </context>
    <context>
        <name>WorkoutNotices</name>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
    </context>
    <context>
        <name>WorkoutTray</name>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Show {app}</source>
            <translation>{app} anzeigen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Accessible</name>
        <message>
            <source>: </source>
            <translation> : </translation>
        </message>
        <message>
            <source>{percent}% done</source>
            <translation>{percent} % effectué</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Keyboard shortcuts title</source>
            <translation>Titre des raccourcis clavier</translation>
        </message>
        <message>
            <source>Shortcut list</source>
            <translation>Liste des raccourcis</translation>
        </message>
        <message>
            <source>Every keyboard shortcut: keys, what they do, where</source>
            <translation>Tous les raccourcis clavier : touches, effet, où</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Exercices</translation>
        </message>
        <message>
            <source>Alt+Up and Alt+Down move the chosen exercise, Delete removes it, Ctrl+D duplicates it</source>
            <translation>Alt+Haut et Alt+Bas déplacent l'exercice choisi, Suppr le retire, Ctrl+D le duplique</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Add parameter</source>
            <translation>Ajouter un paramètre</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Durée totale</translation>
        </message>
        <message>
            <source>First segments</source>
            <translation>Premiers segments</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>Routine editor</source>
            <translation>Éditeur de routine</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Routine form</source>
            <translation>Formulaire de la routine</translation>
        </message>
        <message>
            <source>Adjustable values</source>
            <translation>Valeurs réglables</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barre de menus</translation>
        </message>
        <message>
            <source>Mini timer</source>
            <translation>Mini-minuteur</translation>
        </message>
        <message>
            <source>Segment kind</source>
            <translation>Type de segment</translation>
        </message>
        <message>
            <source>Time left in this segment</source>
            <translation>Temps restant de ce segment</translation>
        </message>
        <message>
            <source>Remind me</source>
            <translation>Me rappeler</translation>
        </message>
        <message>
            <source>Times of day</source>
            <translation>Heures de la journée</translation>
        </message>
        <message>
            <source>Times like 09:00, separated by commas</source>
            <translation>Des heures comme 09:00, séparées par des virgules</translation>
        </message>
        <message>
            <source>Times a day</source>
            <translation>Fois par jour</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Jusqu'à</translation>
        </message>
        <message>
            <source>Use the routine's advice</source>
            <translation>Suivre le conseil de la routine</translation>
        </message>
        <message>
            <source>What the reminder does</source>
            <translation>Ce que fait le rappel</translation>
        </message>
        <message>
            <source>Start Leg Timer at login</source>
            <translation>Lancer Leg Timer à l'ouverture de session</translation>
        </message>
        <message>
            <source>Workout</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Round and set</source>
            <translation>Tour et série</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Répétitions</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Next segment</source>
            <translation>Segment suivant</translation>
        </message>
        <message>
            <source>Session time done</source>
            <translation>Temps de séance écoulé</translation>
        </message>
        <message>
            <source>Session time left</source>
            <translation>Temps de séance restant</translation>
        </message>
        <message>
            <source>Session progress</source>
            <translation>Progression de la séance</translation>
        </message>
        <message>
            <source>Keyboard hints</source>
            <translation>Aide clavier</translation>
        </message>
        <message>
            <source>Workout history</source>
            <translation>Historique des séances</translation>
        </message>
        <message>
            <source>History heading</source>
            <translation>Titre de l'historique</translation>
        </message>
        <message>
            <source>Streaks</source>
            <translation>Séries de jours</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Totals per routine</source>
            <translation>Totaux par routine</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>Session columns</source>
            <translation>Colonnes des séances</translation>
        </message>
        <message>
            <source>History notice</source>
            <translation>Avis de l'historique</translation>
        </message>
        <message>
            <source>Delete the selected session</source>
            <translation>Supprimer la séance choisie</translation>
        </message>
        <message>
            <source>Undo the deletion</source>
            <translation>Annuler la suppression</translation>
        </message>
        <message>
            <source>Jump list</source>
            <translation>Liste de saut</translation>
        </message>
        <message>
            <source>Filter the exercises</source>
            <translation>Filtrer les exercices</translation>
        </message>
        <message>
            <source>Exercises of the routine</source>
            <translation>Exercices de la routine</translation>
        </message>
        <message>
            <source>Routine details</source>
            <translation>Détails de la routine</translation>
        </message>
        <message>
            <source>Routine name</source>
            <translation>Nom de la routine</translation>
        </message>
        <message>
            <source>Practice advice</source>
            <translation>Conseil de pratique</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Value refused</source>
            <translation>Valeur refusée</translation>
        </message>
        <message>
            <source>Reset to the routine's defaults</source>
            <translation>Revenir aux valeurs de la routine</translation>
        </message>
        <message>
            <source>Exercises, instructions and notes</source>
            <translation>Exercices, consignes et notes</translation>
        </message>
        <message>
            <source>{label}: allowed values</source>
            <translation>{label} : valeurs permises</translation>
        </message>
        <message>
            <source>{label}: hint</source>
            <translation>{label} : conseil</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voix</translation>
        </message>
        <message>
            <source>Voice rate</source>
            <translation>Débit de la voix</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>Tester le son</translation>
        </message>
        <message>
            <source>Test voice</source>
            <translation>Tester la voix</translation>
        </message>
        <message>
            <source>Test result</source>
            <translation>Résultat du test</translation>
        </message>
        <message>
            <source>Countdown length</source>
            <translation>Durée du compte à rebours</translation>
        </message>
        <message>
            <source>Get-ready seconds</source>
            <translation>Secondes de préparation</translation>
        </message>
        <message>
            <source>After sleep</source>
            <translation>Après la mise en veille</translation>
        </message>
        <message>
            <source>Pause when the screen locks</source>
            <translation>Mettre en pause au verrouillage de l'écran</translation>
        </message>
        <message>
            <source>Desktop notifications</source>
            <translation>Notifications du bureau</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Fichier journal</translation>
        </message>
        <message>
            <source>Workout summary</source>
            <translation>Bilan de la séance</translation>
        </message>
        <message>
            <source>Summary heading</source>
            <translation>Titre du bilan</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>How this session counts</source>
            <translation>Comment cette séance compte</translation>
        </message>
        <message>
            <source>Active time</source>
            <translation>Temps actif</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>Étapes faites</translation>
        </message>
        <message>
            <source>Steps skipped</source>
            <translation>Étapes sautées</translation>
        </message>
        <message>
            <source>Back to routines</source>
            <translation>Retour aux routines</translation>
        </message>
        <message>
            <source>Repeat this workout</source>
            <translation>Refaire cette séance</translation>
        </message>
        <message>
            <source>Undo notice</source>
            <translation>Avis d'annulation</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Ce qui a été fait</translation>
        </message>
        <message>
            <source>Exercise instructions</source>
            <translation>Consignes de l'exercice</translation>
        </message>
        <message>
            <source>Routine picker</source>
            <translation>Choix de la routine</translation>
        </message>
        <message>
            <source>Search routines</source>
            <translation>Rechercher des routines</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>Filtrer par étiquette</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Routines</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Aucun résultat</translation>
        </message>
        <message>
            <source>Start the selected routine</source>
            <translation>Lancer la routine choisie</translation>
        </message>
        <message>
            <source>Open routines folder</source>
            <translation>Ouvrir le dossier des routines</translation>
        </message>
        <message>
            <source>Loading progress</source>
            <translation>Progression du chargement</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>{problem}: settings are kept for this session only.</source>
            <translation>{problem} : les paramètres ne sont gardés que pour cette session.</translation>
        </message>
        <message>
            <source>there is no system tray on this desktop; showing the window instead.</source>
            <translation>ce bureau n’a pas de zone de notification ; la fenêtre s’affiche à la place.</translation>
        </message>
        <message>
            <source>Sound could not be set up ({error}); cues flash instead.</source>
            <translation>Le son n’a pas pu être configuré ({error}) ; les signaux clignotent à la place.</translation>
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <source>cannot write {file}: {error}</source>
            <translation>impossible d’écrire {file} : {error}</translation>
        </message>
        <message>
            <source>cannot remove {file}: {error}</source>
            <translation>impossible de supprimer {file} : {error}</translation>
        </message>
    </context>
    <context>
        <name>ChoiceField</name>
        <message>
            <source>{value} (as written)</source>
            <translation>{value} (tel qu’écrit)</translation>
        </message>
    </context>
    <context>
        <name>CountdownView</name>
        <message>
            <source>PAUSED · {key} resumes</source>
            <translation>EN PAUSE · {key} pour reprendre</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>EN PAUSE</translation>
        </message>
        <message>
            <source>GET READY</source>
            <translation>PRÉPAREZ-VOUS</translation>
        </message>
        <message>
            <source>MUTED</source>
            <translation>MUET</translation>
        </message>
    </context>
    <context>
        <name>CrashReport</name>
        <message>
            <source>The full details are in the log file:
{file}</source>
            <translation>Tous les détails sont dans le fichier journal :
{file}</translation>
        </message>
        <message>
            <source>No log file could be written, so the details went only to the terminal (standard error), if there is one.</source>
            <translation>Aucun fichier journal n’a pu être écrit ; les détails sont allés seulement au terminal (sortie d’erreur), s’il y en a un.</translation>
        </message>
        <message>
            <source>Something went wrong in {app}.</source>
            <translation>Un problème est survenu dans {app}.</translation>
        </message>
        <message>
            <source>What happened: {summary}</source>
            <translation>Ce qui s’est passé : {summary}</translation>
        </message>
        <message>
            <source>If it happens again, please include the log when you report it.</source>
            <translation>Si cela se reproduit, joignez le journal à votre signalement.</translation>
        </message>
        <message>
            <source>{app} – something went wrong</source>
            <translation>{app} – un problème est survenu</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Ouvrir le dossier des journaux</translation>
        </message>
    </context>
    <context>
        <name>CueSection</name>
        <message>
            <source>As {inherited}</source>
            <translation>Comme {inherited}</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>as {inherited}</source>
            <translation>comme {inherited}</translation>
        </message>
        <message>
            <source>Sound at the start:</source>
            <translation>Son au début :</translation>
        </message>
        <message>
            <source>Sound at the end:</source>
            <translation>Son à la fin :</translation>
        </message>
        <message>
            <source>Halfway sound:</source>
            <translation>Son à mi-parcours :</translation>
        </message>
        <message>
            <source>At half time, on segments of 20 s or more</source>
            <translation>À mi-temps, pour les segments de 20 s ou plus</translation>
        </message>
        <message>
            <source>Countdown ticks:</source>
            <translation>Tic-tac du compte à rebours :</translation>
        </message>
        <message>
            <source>3 ticks 3-2-1 before the end; 0 for none; at most 10</source>
            <translation>3 tics 3-2-1 avant la fin ; 0 pour aucun ; 10 au plus</translation>
        </message>
        <message>
            <source>Bell every:</source>
            <translation>Cloche toutes les :</translation>
        </message>
        <message>
            <source>A bell every so often inside long holds, e.g. 5min; 0 for none</source>
            <translation>Une cloche de temps en temps pendant les longs maintiens, p. ex. 5min ; 0 pour aucune</translation>
        </message>
        <message>
            <source>Sound style:</source>
            <translation>Style de son :</translation>
        </message>
        <message>
            <source>Beep</source>
            <translation>Bip</translation>
        </message>
        <message>
            <source>Bell</source>
            <translation>Cloche</translation>
        </message>
        <message>
            <source>Beep for workouts, a soft bell for relaxation poses</source>
            <translation>Bip pour l’entraînement, cloche douce pour les postures de relaxation</translation>
        </message>
    </context>
    <context>
        <name>DayHeatMap</name>
        <message>
            <source>Last {weeks} weeks, from {first}: {minutes} on {days}</source>
            <translation>{weeks} dernières semaines, depuis le {first} : {minutes} sur {days}</translation>
        </message>
        <message>
            <source>; most on {day} ({minutes})</source>
            <translation> ; le plus le {day} ({minutes})</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>exercise {number}</source>
            <translation>exercice {number}</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>routine</translation>
        </message>
        <message>
            <source>line {line}: </source>
            <translation>ligne {line} : </translation>
        </message>
        <message>
            <source>Exercise {number}: </source>
            <translation>Exercice {number} : </translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Save the changes to this routine before closing?</source>
            <translation>Enregistrer les modifications de cette routine avant de fermer ?</translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <source>Could not open {file} ({error}); starting a new routine.</source>
            <translation>Impossible d’ouvrir {file} ({error}) ; nouvelle routine.</translation>
        </message>
        <message>
            <source>Copy of {name}</source>
            <translation>Copie de {name}</translation>
        </message>
        <message>
            <source>Adjustable values ($name)</source>
            <translation>Valeurs réglables ($name)</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Exercices</translation>
        </message>
        <message>
            <source>E&amp;xercises (Alt+Up, Alt+Down to move):</source>
            <translation>E&amp;xercices (Alt+Haut, Alt+Bas pour déplacer) :</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>&amp;Up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Do&amp;wn</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save ({keys})</source>
            <translation>Enregistrer ({keys})</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Z or Ctrl+Y</source>
            <translation>Ctrl+Maj+Z ou Ctrl+Y</translation>
        </message>
        <message>
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>Modifier {field}</translation>
        </message>
        <message>
            <source>Add exercise</source>
            <translation>Ajouter un exercice</translation>
        </message>
        <message>
            <source>Duplicate exercise</source>
            <translation>Dupliquer l’exercice</translation>
        </message>
        <message>
            <source>Remove exercise</source>
            <translation>Retirer l’exercice</translation>
        </message>
        <message>
            <source>Move exercise</source>
            <translation>Déplacer l’exercice</translation>
        </message>
        <message>
            <source>{exercise}  ⚠ problem</source>
            <translation>{exercise}  ⚠ problème</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Non enregistré : {problem}</translation>
        </message>
        <message numerus="yes">
            <source>(and %n more)</source>
            <translation>
                <numerusform>(et %n autre)</numerusform>
                <numerusform>(et %n autres)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved as {file}</source>
            <translation>Enregistré sous {file}</translation>
        </message>
        <message>
            <source>new file</source>
            <translation>nouveau fichier</translation>
        </message>
        <message>
            <source>Routine editor – {file}[*]</source>
            <translation>Éditeur de routine – {file}[*]</translation>
        </message>
    </context>
    <context>
        <name>ExerciseForm</name>
        <message>
            <source>Timed work</source>
            <translation>Effort chronométré</translation>
        </message>
        <message>
            <source>Timed hold</source>
            <translation>Maintien chronométré</translation>
        </message>
        <message>
            <source>Reps per set</source>
            <translation>Répétitions par série</translation>
        </message>
        <message>
            <source>Total reps over sets</source>
            <translation>Total de répétitions sur les séries</translation>
        </message>
        <message>
            <source>One side only (default)</source>
            <translation>Un seul côté (par défaut)</translation>
        </message>
        <message>
            <source>Both: right, then left</source>
            <translation>Les deux : droite puis gauche</translation>
        </message>
        <message>
            <source>Right only</source>
            <translation>Droite seulement</translation>
        </message>
        <message>
            <source>Left only</source>
            <translation>Gauche seulement</translation>
        </message>
        <message>
            <source>Left, then right</source>
            <translation>Gauche puis droite</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <source>Cues for this exercise</source>
            <translation>Signaux de cet exercice</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>routine</translation>
        </message>
        <message>
            <source>at your own pace</source>
            <translation>à votre rythme</translation>
        </message>
        <message>
            <source>routine's</source>
            <translation>celle de la routine</translation>
        </message>
        <message>
            <source>same as rest</source>
            <translation>comme le repos</translation>
        </message>
        <message>
            <source>Nam&amp;e:</source>
            <translation>No&amp;m :</translation>
        </message>
        <message>
            <source>S&amp;hape:</source>
            <translation>&amp;Forme :</translation>
        </message>
        <message>
            <source>What the exercise runs</source>
            <translation>Déroulement de l’exercice</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <translation>&amp;Quantité :</translation>
        </message>
        <message>
            <source>A time (45s, 1m30s) for work and holds, a count for reps; or a $parameter</source>
            <translation>Une durée (45s, 1m30s) pour l’effort et les maintiens, un nombre pour les répétitions ; ou un $paramètre</translation>
        </message>
        <message>
            <source>&amp;Tempo:</source>
            <translation>&amp;Tempo :</translation>
        </message>
        <message>
            <source>Seconds per rep; empty: each set lasts until you press Enter</source>
            <translation>Secondes par répétition ; vide : chaque série dure jusqu’à ce que vous appuyiez sur Entrée</translation>
        </message>
        <message>
            <source>&amp;Repeats:</source>
            <translation>&amp;Répétitions :</translation>
        </message>
        <message>
            <source>How many intervals, holds or sets</source>
            <translation>Combien d’intervalles, de maintiens ou de séries</translation>
        </message>
        <message>
            <source>S&amp;ides:</source>
            <translation>&amp;Côtés :</translation>
        </message>
        <message>
            <source>Switch time:</source>
            <translation>Temps de changement :</translation>
        </message>
        <message>
            <source>The pause to switch sides</source>
            <translation>La pause pour changer de côté</translation>
        </message>
        <message>
            <source>Rest:</source>
            <translation>Repos :</translation>
        </message>
        <message>
            <source>Between repeats, and after the exercise</source>
            <translation>Entre les répétitions et après l’exercice</translation>
        </message>
        <message>
            <source>Rest a&amp;fter:</source>
            <translation>Repos &amp;après :</translation>
        </message>
        <message>
            <source>After the exercise, when it differs from the rest</source>
            <translation>Après l’exercice, s’il diffère du repos</translation>
        </message>
        <message>
            <source>Instru&amp;ctions:</source>
            <translation>&amp;Instructions :</translation>
        </message>
        <message>
            <source>Safet&amp;y:</source>
            <translation>&amp;Sécurité :</translation>
        </message>
        <message>
            <source>What to watch out for</source>
            <translation>Points de vigilance</translation>
        </message>
        <message>
            <source>Change shape</source>
            <translation>Changer la forme</translation>
        </message>
        <message>
            <source>e.g. 45s</source>
            <translation>p. ex. 45s</translation>
        </message>
        <message>
            <source>e.g. 10</source>
            <translation>p. ex. 10</translation>
        </message>
        <message>
            <source>Exercise {number}</source>
            <translation>Exercice {number}</translation>
        </message>
    </context>
    <context>
        <name>GuideText</name>
        <message>
            <source>Safety: {note}</source>
            <translation>Sécurité : {note}</translation>
        </message>
        <message>
            <source>Safety:</source>
            <translation>Sécurité :</translation>
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
            <translation>moins d’1 min</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>{name} ({routine})</source>
            <translation>{name} ({routine})</translation>
        </message>
        <message>
            <source>unfinished</source>
            <translation>inachevée</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>terminée</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>arrêtée</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>A day counts when any session on it completed</source>
            <translation>Un jour compte si une séance y a été terminée</translation>
        </message>
        <message>
            <source>Back  ({key})</source>
            <translation>Retour  ({key})</translation>
        </message>
        <message>
            <source>Newest first. Delete removes the selected session; {keys} brings it back.</source>
            <translation>Les plus récentes d’abord. Suppr efface la séance choisie ; {keys} la rétablit.</translation>
        </message>
        <message>
            <source>Delete  ({key})</source>
            <translation>Supprimer  ({key})</translation>
        </message>
        <message>
            <source>Undo  ({keys})</source>
            <translation>Annuler  ({keys})</translation>
        </message>
        <message>
            <source>No history: the history file could not be opened.</source>
            <translation>Pas d’historique : le fichier d’historique n’a pas pu être ouvert.</translation>
        </message>
        <message>
            <source>No history is being kept.</source>
            <translation>Aucun historique n’est tenu.</translation>
        </message>
        <message>
            <source>No sessions yet: finish or stop a workout and it shows here.</source>
            <translation>Aucune séance pour l’instant : terminez ou arrêtez un entraînement et il apparaîtra ici.</translation>
        </message>
        <message>
            <source>Current streak: {current} · Longest: {longest}</source>
            <translation>Jours d’affilée : {current} · Record : {longest}</translation>
        </message>
        <message>
            <source>{routine}: {sessions}, {minutes} min</source>
            <translation>{routine} : {sessions}, {minutes} min</translation>
        </message>
        <message>
            <source>No totals yet</source>
            <translation>Pas encore de totaux</translation>
        </message>
        <message>
            <source>Could not delete that session (see the log).</source>
            <translation>Impossible de supprimer cette séance (voir le journal).</translation>
        </message>
        <message>
            <source>Deleted {routine} of {when}. {keys} brings it back.</source>
            <translation>{routine} du {when} supprimé. {keys} le rétablit.</translation>
        </message>
        <message>
            <source>Could not bring that session back (see the log).</source>
            <translation>Impossible de rétablir cette séance (voir le journal).</translation>
        </message>
        <message>
            <source>Brought back {routine} of {when}.</source>
            <translation>{routine} du {when} rétabli.</translation>
        </message>
    </context>
    <context>
        <name>JumpList</name>
        <message>
            <source>Jump to an exercise</source>
            <translation>Aller à un exercice</translation>
        </message>
        <message>
            <source>Type to filter</source>
            <translation>Tapez pour filtrer</translation>
        </message>
        <message>
            <source>↑ ↓ choose · {enter} jumps there · {escape} or {keys} closes</source>
            <translation>↑ ↓ choisir · {enter} y va · {escape} ou {keys} ferme</translation>
        </message>
        <message>
            <source>{exercise}   ← now</source>
            <translation>{exercise}   ← en cours</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Paused: the computer slept. Press {key} to carry on.</source>
            <translation>En pause : l’ordinateur s’est mis en veille. Appuyez sur {key} pour continuer.</translation>
        </message>
        <message>
            <source>Paused: the screen locked. Press {key} to carry on.</source>
            <translation>En pause : l’écran s’est verrouillé. Appuyez sur {key} pour continuer.</translation>
        </message>
        <message>
            <source>History · {app}</source>
            <translation>Historique · {app}</translation>
        </message>
        <message>
            <source>Could not start {routine}: {error}</source>
            <translation>Impossible de lancer {routine} : {error}</translation>
        </message>
        <message>
            <source>A workout is under way: stop it ({key}) before starting {routine}.</source>
            <translation>Un entraînement est en cours : arrêtez-le ({key}) avant de lancer {routine}.</translation>
        </message>
        <message>
            <source>Reminders are not available in this window.</source>
            <translation>Les rappels ne sont pas disponibles dans cette fenêtre.</translation>
        </message>
        <message>
            <source>A reminder came during a workout: finish this one first.</source>
            <translation>Un rappel est arrivé pendant un entraînement : terminez d’abord celui-ci.</translation>
        </message>
        <message>
            <source>The routine {routine} of a reminder is no longer in the list.</source>
            <translation>La routine {routine} d’un rappel n’est plus dans la liste.</translation>
        </message>
        <message>
            <source>A workout is under way: stop it ({key}) before opening {file}.</source>
            <translation>Un entraînement est en cours : arrêtez-le ({key}) avant d’ouvrir {file}.</translation>
        </message>
        <message>
            <source>{file} cannot be run</source>
            <translation>{file} ne peut pas être lancé</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix first:</source>
            <translation>
                <numerusform>%n problème à corriger d’abord :</numerusform>
                <numerusform>%n problèmes à corriger d’abord :</numerusform>
            </translation>
        </message>
        <message>
            <source>MUTED</source>
            <translation>MUET</translation>
        </message>
        <message>
            <source>NO SOUND</source>
            <translation>PAS DE SON</translation>
        </message>
    </context>
    <context>
        <name>ParameterSection</name>
        <message>
            <source>Seconds (s)</source>
            <translation>Secondes (s)</translation>
        </message>
        <message>
            <source>Minutes (min)</source>
            <translation>Minutes (min)</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Parameter ${name}</source>
            <translation>Paramètre ${name}</translation>
        </message>
        <message>
            <source>Name ($):</source>
            <translation>Nom ($) :</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>Libellé :</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Unité :</translation>
        </message>
        <message>
            <source>Default:</source>
            <translation>Par défaut :</translation>
        </message>
        <message>
            <source>Minimum:</source>
            <translation>Minimum :</translation>
        </message>
        <message>
            <source>Maximum:</source>
            <translation>Maximum :</translation>
        </message>
        <message>
            <source>Step:</source>
            <translation>Pas :</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Description :</translation>
        </message>
        <message>
            <source>Remove ${name}</source>
            <translation>Retirer ${name}</translation>
        </message>
        <message>
            <source>{name} is not a free name of letters, digits and _</source>
            <translation>{name} n’est pas un nom libre fait de lettres, chiffres et _</translation>
        </message>
        <message>
            <source>Add an adjustable va&amp;lue</source>
            <translation>Ajouter une &amp;valeur réglable</translation>
        </message>
        <message>
            <source>A value the user picks before starting, used as $name</source>
            <translation>Une valeur choisie avant de commencer, utilisée comme $name</translation>
        </message>
        <message>
            <source>Value {number}</source>
            <translation>Valeur {number}</translation>
        </message>
    </context>
    <context>
        <name>PickerPage</name>
        <message>
            <source>Search routines  ({key}, or just type)</source>
            <translation>Chercher une routine  ({key}, ou tapez)</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Toutes les étiquettes</translation>
        </message>
        <message>
            <source>No routine matches the search.</source>
            <translation>Aucune routine ne correspond à la recherche.</translation>
        </message>
        <message>
            <source>Start  ({key})</source>
            <translation>Démarrer  ({key})</translation>
        </message>
        <message>
            <source>Open routines folder  ({key})</source>
            <translation>Ouvrir le dossier des routines  ({key})</translation>
        </message>
        <message>
            <source>Your own routines live in {folder}</source>
            <translation>Vos routines se trouvent dans {folder}</translation>
        </message>
        <message>
            <source>No folder for your own routines is in use</source>
            <translation>Aucun dossier pour vos routines n’est utilisé</translation>
        </message>
        <message>
            <source>History  ({key})</source>
            <translation>Historique  ({key})</translation>
        </message>
        <message>
            <source>built-in</source>
            <translation>intégrée</translation>
        </message>
        <message>
            <source>your file {file}</source>
            <translation>votre fichier {file}</translation>
        </message>
        <message>
            <source>Your file {file} · {description}</source>
            <translation>Votre fichier {file} · {description}</translation>
        </message>
        <message>
            <source>Built-in routine</source>
            <translation>Routine intégrée</translation>
        </message>
        <message>
            <source>Your routine file: {path}</source>
            <translation>Votre fichier de routine : {path}</translation>
        </message>
        <message>
            <source>Cannot load {file}</source>
            <translation>Impossible de charger {file}</translation>
        </message>
        <message>
            <source>broken</source>
            <translation>invalide</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s): {first}</source>
            <translation>
                <numerusform>%n problème : {first}</numerusform>
                <numerusform>%n problèmes : {first}</numerusform>
            </translation>
        </message>
        <message>
            <source>too long</source>
            <translation>trop long</translation>
        </message>
        <message>
            <source>Loading your routines: {done} of {total}</source>
            <translation>Chargement de vos routines : {done} sur {total}</translation>
        </message>
        <message>
            <source>No routine tagged {tag} matches “{query}”.</source>
            <translation>Aucune routine étiquetée {tag} ne correspond à « {query} ».</translation>
        </message>
        <message>
            <source>No routine matches “{query}”.</source>
            <translation>Aucune routine ne correspond à « {query} ».</translation>
        </message>
        <message>
            <source>No routine is tagged {tag}.</source>
            <translation>Aucune routine n’est étiquetée {tag}.</translation>
        </message>
        <message>
            <source>There are no routines.</source>
            <translation>Il n’y a aucune routine.</translation>
        </message>
        <message>
            <source>Your own routines are still being listed.</source>
            <translation>Vos routines sont encore en cours de listage.</translation>
        </message>
        <message>
            <source>{key} clears the search.</source>
            <translation>{key} efface la recherche.</translation>
        </message>
        <message>
            <source>“All tags” in the tag filter shows every tag.</source>
            <translation>« Toutes les étiquettes » dans le filtre les affiche toutes.</translation>
        </message>
        <message>
            <source>Nothing to start</source>
            <translation>Rien à démarrer</translation>
        </message>
        <message>
            <source>{key} shows every shortcut</source>
            <translation>{key} affiche tous les raccourcis</translation>
        </message>
        <message>
            <source>{enter} or {space} starts</source>
            <translation>{enter} ou {space} démarre</translation>
        </message>
        <message>
            <source>{key} clears the search</source>
            <translation>{key} efface la recherche</translation>
        </message>
        <message>
            <source>This file cannot be loaded: nothing to start until it is fixed</source>
            <translation>Ce fichier ne peut pas être chargé : rien à démarrer avant correction</translation>
        </message>
        <message>
            <source>No folder for your own routines is in use.</source>
            <translation>Aucun dossier pour vos routines n’est utilisé.</translation>
        </message>
        <message>
            <source>Could not make your routines folder {folder}: {error}.</source>
            <translation>Impossible de créer votre dossier de routines {folder} : {error}.</translation>
        </message>
        <message>
            <source>Could not open a file manager. Your routines folder is {folder}</source>
            <translation>Impossible d’ouvrir un gestionnaire de fichiers. Votre dossier de routines est {folder}</translation>
        </message>
        <message>
            <source>Your routines folder: {folder}. Put routine files (.yaml) there; the list follows added, changed and removed files by itself.</source>
            <translation>Votre dossier de routines : {folder}. Placez-y des fichiers de routine (.yaml) ; la liste suit d’elle-même les ajouts, modifications et suppressions.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <source>Total: –</source>
            <translation>Total : –</translation>
        </message>
        <message>
            <source>&amp;Problems:</source>
            <translation>&amp;Problèmes :</translation>
        </message>
        <message>
            <source>Total: – (fix the problems below)</source>
            <translation>Total : – (corrigez les problèmes ci-dessous)</translation>
        </message>
        <message>
            <source>Total: {total}</source>
            <translation>Total : {total}</translation>
        </message>
        <message>
            <source>+ {sets} at your own pace</source>
            <translation>+ {sets} à votre rythme</translation>
        </message>
        <message>
            <source>(default values)</source>
            <translation>(valeurs par défaut)</translation>
        </message>
        <message>
            <source>… and {number} more</source>
            <translation>… et {number} de plus</translation>
        </message>
        <message>
            <source>&amp;Problems: none</source>
            <translation>&amp;Problèmes : aucun</translation>
        </message>
        <message>
            <source>&amp;Problems ({number}), saving is refused until they are fixed:</source>
            <translation>&amp;Problèmes ({number}), enregistrement refusé tant qu’ils ne sont pas corrigés :</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <source>Keep going</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Stop the workout?</source>
            <translation>Arrêter l’entraînement ?</translation>
        </message>
        <message>
            <source>The workout is paused. Stop it and see the summary?

S stops · Enter or Esc keeps going</source>
            <translation>L’entraînement est en pause. L’arrêter et voir le résumé ?

A arrête · Entrée ou Échap continue</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Arrêter</translation>
        </message>
        <message>
            <source>Quit Leg Timer?</source>
            <translation>Quitter Leg Timer ?</translation>
        </message>
        <message>
            <source>The workout is paused. Quit and lose the rest of it?

Q quits · Enter or Esc keeps going</source>
            <translation>L’entraînement est en pause. Quitter et perdre la suite ?

Q quitte · Entrée ou Échap continue</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Restart the workout?</source>
            <translation>Recommencer l’entraînement ?</translation>
        </message>
        <message>
            <source>The workout is paused. Start the routine again from the beginning?

R restarts · Enter or Esc keeps going</source>
            <translation>L’entraînement est en pause. Reprendre la routine depuis le début ?

R recommence · Entrée ou Échap continue</translation>
        </message>
        <message>
            <source>&amp;Restart</source>
            <translation>&amp;Recommencer</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <source>Reminders: {routine}</source>
            <translation>Rappels : {routine}</translation>
        </message>
        <message>
            <source>&amp;Remind me to do {routine}</source>
            <translation>Me &amp;rappeler de faire {routine}</translation>
        </message>
        <message>
            <source>At these &amp;times of day:</source>
            <translation>À ces &amp;heures :</translation>
        </message>
        <message>
            <source>&amp;Spread over the day:</source>
            <translation>&amp;Réparti sur la journée :</translation>
        </message>
        <message>
            <source> times a day</source>
            <translation> fois par jour</translation>
        </message>
        <message>
            <source>&amp;between</source>
            <translation>&amp;entre</translation>
        </message>
        <message>
            <source>a&amp;nd</source>
            <translation>e&amp;t</translation>
        </message>
        <message>
            <source>On:</source>
            <translation>Jours :</translation>
        </message>
        <message>
            <source>Use the routine's &amp;advice</source>
            <translation>Suivre le &amp;conseil de la routine</translation>
        </message>
        <message>
            <source>Start Leg Timer at &amp;login, quietly (reminders come only while it runs)</source>
            <translation>Lancer Leg Timer à l’&amp;ouverture de session, discrètement (les rappels ne viennent que s’il tourne)</translation>
        </message>
        <message>
            <source>Remo&amp;ve reminder</source>
            <translation>&amp;Supprimer le rappel</translation>
        </message>
        <message>
            <source>{low}-{high} sessions a day</source>
            <translation>{low} à {high} séances par jour</translation>
        </message>
        <message>
            <source>{count} a day</source>
            <translation>{count} par jour</translation>
        </message>
        <message>
            <source>{low}-{high} sessions a week</source>
            <translation>{low} à {high} séances par semaine</translation>
        </message>
        <message>
            <source>{count} a week</source>
            <translation>{count} par semaine</translation>
        </message>
        <message numerus="yes">
            <source>%n rest day(s) after a hard session</source>
            <translation>
                <numerusform>%n jour de repos après une séance intense</numerusform>
                <numerusform>%n jours de repos après une séance intense</numerusform>
            </translation>
        </message>
        <message>
            <source>This routine gives no practice advice.</source>
            <translation>Cette routine ne donne pas de conseil de pratique.</translation>
        </message>
        <message>
            <source>The routine's advice: {advice}.</source>
            <translation>Conseil de la routine : {advice}.</translation>
        </message>
        <message>
            <source>Cannot save yet: {error}.</source>
            <translation>Enregistrement impossible pour l’instant : {error}.</translation>
        </message>
        <message>
            <source>Off (kept: {rule}).</source>
            <translation>Désactivé (conservé : {rule}).</translation>
        </message>
        <message>
            <source>Reminds you {rule}.</source>
            <translation>Vous rappelle {rule}.</translation>
        </message>
        <message>
            <source>Next: {when}.</source>
            <translation>Prochain : {when}.</translation>
        </message>
        <message>
            <source>Starting at login could not be changed: {problem}.</source>
            <translation>Le lancement à l’ouverture de session n’a pas pu être modifié : {problem}.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Start now</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Later ({minutes} min)</source>
            <translation>Plus tard ({minutes} min)</translation>
        </message>
        <message>
            <source>Your reminder: {rule}.</source>
            <translation>Votre rappel : {rule}.</translation>
        </message>
        <message>
            <source>Due at {time}, while Leg Timer could not remind you. {rule}</source>
            <translation>Prévu à {time}, quand Leg Timer ne pouvait pas vous le rappeler. {rule}</translation>
        </message>
        <message>
            <source>Time for {routine}</source>
            <translation>C’est l’heure de {routine}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Reminders could not be saved: {problem}.</source>
            <translation>Les rappels n’ont pas pu être enregistrés : {problem}.</translation>
        </message>
    </context>
    <context>
        <name>RoutineActions</name>
        <message>
            <source>Routine files (*.yaml *.yml);;All files (*)</source>
            <translation>Fichiers de routine (*.yaml *.yml);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Routine files (*.yaml *.yml *.json);;JSON (*.json);;YAML (*.yaml *.yml);;All files (*)</source>
            <translation>Fichiers de routine (*.yaml *.yml *.json);;JSON (*.json);;YAML (*.yaml *.yml);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Select a routine to edit first.</source>
            <translation>Choisissez d’abord une routine à modifier.</translation>
        </message>
        <message>
            <source>Select a routine to duplicate first.</source>
            <translation>Choisissez d’abord une routine à dupliquer.</translation>
        </message>
        <message>
            <source>Select a routine to delete first.</source>
            <translation>Choisissez d’abord une routine à supprimer.</translation>
        </message>
        <message>
            <source>Select a routine to save first.</source>
            <translation>Choisissez d’abord une routine à enregistrer.</translation>
        </message>
        <message>
            <source>Select a routine first.</source>
            <translation>Choisissez d’abord une routine.</translation>
        </message>
        <message>
            <source>This file cannot be loaded, so there is nothing to do with it: fix it in a text editor (its folder: {key}).</source>
            <translation>Ce fichier ne peut pas être chargé, on ne peut donc rien en faire : corrigez-le dans un éditeur de texte (son dossier : {key}).</translation>
        </message>
        <message>
            <source>No folder for your own routines is in use.</source>
            <translation>Aucun dossier pour vos routines n’est utilisé.</translation>
        </message>
        <message>
            <source>Built-in routines stay as shipped</source>
            <translation>Les routines intégrées restent telles quelles</translation>
        </message>
        <message>
            <source>“{name}” is a built-in routine: it cannot be changed, so it always works as it came. Make a copy of your own ({key}) and edit that?

D duplicates · Enter or Esc cancels</source>
            <translation>« {name} » est une routine intégrée : elle ne peut pas être modifiée et fonctionne toujours comme livrée. En faire votre copie ({key}) et la modifier ?

D duplique · Entrée ou Échap annule</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Dupliquer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>The file of “{name}” is no longer there.</source>
            <translation>Le fichier de « {name} » n’existe plus.</translation>
        </message>
        <message>
            <source>Saved {path}, outside your routines folder.</source>
            <translation>{path} enregistré, hors de votre dossier de routines.</translation>
        </message>
        <message>
            <source>“{name}” is a built-in routine: it cannot be deleted.</source>
            <translation>« {name} » est une routine intégrée : elle ne peut pas être supprimée.</translation>
        </message>
        <message>
            <source>Could not delete “{name}”: {error}.</source>
            <translation>Impossible de supprimer « {name} » : {error}.</translation>
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation>« {name} » supprimée.</translation>
        </message>
        <message>
            <source>Could not bring back “{name}”: {error}.</source>
            <translation>Impossible de rétablir « {name} » : {error}.</translation>
        </message>
        <message>
            <source>Brought back “{name}” as {file} ({taken} is taken).</source>
            <translation>« {name} » rétablie sous {file} ({taken} est pris).</translation>
        </message>
        <message>
            <source>Brought back “{name}”.</source>
            <translation>« {name} » rétablie.</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Rien n’a été importé</translation>
        </message>
        <message>
            <source>Could not write into {folder}: {error}</source>
            <translation>Impossible d’écrire dans {folder} : {error}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>« {name} »</translation>
        </message>
        <message>
            <source>Imported {names}.</source>
            <translation>{names} importé(s).</translation>
        </message>
        <message>
            <source>“{name}” ({format}, now {file}): {parts}</source>
            <translation>« {name} » ({format}, maintenant {file}) : {parts}</translation>
        </message>
        <message>
            <source>Imported, with some parts left out</source>
            <translation>Importé, certaines parties omises</translation>
        </message>
        <message>
            <source>These parts of the files have no place in a Leg Timer routine and were not carried over:</source>
            <translation>Ces parties des fichiers n’ont pas leur place dans une routine Leg Timer et n’ont pas été reprises :</translation>
        </message>
        <message>
            <source>Could not read “{name}”: {error}.</source>
            <translation>Impossible de lire « {name} » : {error}.</translation>
        </message>
        <message>
            <source>The copy was not saved</source>
            <translation>La copie n’a pas été enregistrée</translation>
        </message>
        <message>
            <source>Could not write {file}: {error}</source>
            <translation>Impossible d’écrire {file} : {error}</translation>
        </message>
        <message>
            <source>Saved a copy of “{name}” as {file}.</source>
            <translation>Copie de « {name} » enregistrée sous {file}.</translation>
        </message>
        <message>
            <source>Open a routine file</source>
            <translation>Ouvrir un fichier de routine</translation>
        </message>
        <message>
            <source>Import routines</source>
            <translation>Importer des routines</translation>
        </message>
        <message>
            <source>Save a copy of the routine</source>
            <translation>Enregistrer une copie de la routine</translation>
        </message>
    </context>
    <context>
        <name>RoutineDetails</name>
        <message>
            <source>Reset to the routine's defaults</source>
            <translation>Revenir aux valeurs de la routine</translation>
        </message>
        <message>
            <source>Put every value above back to the routine's own</source>
            <translation>Remettre toutes les valeurs ci-dessus à celles de la routine</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label} :</translation>
        </message>
        <message>
            <source>Cannot load {file}</source>
            <translation>Impossible de charger {file}</translation>
        </message>
        <message>
            <source>{problems}: nothing to start until the file is fixed</source>
            <translation>{problems} : rien à démarrer avant correction du fichier</translation>
        </message>
        <message>
            <source>{label}: {text} is outside {range}; kept {kept}.</source>
            <translation>{label} : {text} est hors de {range} ; {kept} conservé.</translation>
        </message>
        <message>
            <source>Total {total} · {steps}</source>
            <translation>Total {total} · {steps}</translation>
        </message>
    </context>
    <context>
        <name>RoutineForm</name>
        <message>
            <source>the app</source>
            <translation>l’application</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Minutage</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Retour au calme</translation>
        </message>
        <message>
            <source>Notes and practice</source>
            <translation>Notes et pratique</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Shown in the picker</source>
            <translation>Affiché dans la liste</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <source>One or two sentences for the picker</source>
            <translation>Une ou deux phrases pour la liste</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Étiquettes :</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Source :</translation>
        </message>
        <message>
            <source>Where the routine comes from</source>
            <translation>D’où vient la routine</translation>
        </message>
        <message>
            <source>&amp;Get ready:</source>
            <translation>&amp;Préparation :</translation>
        </message>
        <message>
            <source>The countdown before the first exercise; 0 for none</source>
            <translation>Le compte à rebours avant le premier exercice ; 0 pour aucun</translation>
        </message>
        <message>
            <source>Switch sides:</source>
            <translation>Changement de côté :</translation>
        </message>
        <message>
            <source>Default pause to switch sides</source>
            <translation>Pause par défaut pour changer de côté</translation>
        </message>
        <message>
            <source>R&amp;ounds:</source>
            <translation>T&amp;ours :</translation>
        </message>
        <message>
            <source>How many times to go through the exercises</source>
            <translation>Combien de fois enchaîner les exercices</translation>
        </message>
        <message>
            <source>Rest between rounds:</source>
            <translation>Repos entre les tours :</translation>
        </message>
        <message>
            <source>Replaces the last exercise's rest between rounds</source>
            <translation>Remplace le repos du dernier exercice entre les tours</translation>
        </message>
        <message>
            <source>Skip the last rest:</source>
            <translation>Sauter le dernier repos :</translation>
        </message>
        <message>
            <source>Yes (default)</source>
            <translation>Oui (par défaut)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Leave out the rest after the very last exercise</source>
            <translation>Omettre le repos après le tout dernier exercice</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>Libellé :</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>Durée :</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>e.g. 2min; empty for no cool-down</source>
            <translation>p. ex. 2min ; vide pour aucun retour au calme</translation>
        </message>
        <message>
            <source>Instructions:</source>
            <translation>Instructions :</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
        <message>
            <source>One note per paragraph</source>
            <translation>Une note par paragraphe</translation>
        </message>
        <message>
            <source>Tips that are not timed; a blank line between notes</source>
            <translation>Conseils non chronométrés ; une ligne vide entre les notes</translation>
        </message>
        <message>
            <source>Sessions a day:</source>
            <translation>Séances par jour :</translation>
        </message>
        <message>
            <source>e.g. 3-5</source>
            <translation>p. ex. 3-5</translation>
        </message>
        <message>
            <source>A number or a range such as 3-5</source>
            <translation>Un nombre ou une plage comme 3-5</translation>
        </message>
        <message>
            <source>Sessions a week:</source>
            <translation>Séances par semaine :</translation>
        </message>
        <message>
            <source>e.g. 1-2</source>
            <translation>p. ex. 1-2</translation>
        </message>
        <message>
            <source>A number or a range such as 1-2</source>
            <translation>Un nombre ou une plage comme 1-2</translation>
        </message>
        <message>
            <source>Rest days after:</source>
            <translation>Jours de repos après :</translation>
        </message>
        <message>
            <source>Practice note:</source>
            <translation>Note de pratique :</translation>
        </message>
        <message>
            <source>Cues (every exercise)</source>
            <translation>Signaux (chaque exercice)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Stay paused</source>
            <translation>Rester en pause</translation>
        </message>
        <message>
            <source>Resume when I come back</source>
            <translation>Reprendre à mon retour</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Mute sounds and voice ({key})</source>
            <translation>Couper les sons et la voix ({key})</translation>
        </message>
        <message>
            <source>Speak announcements</source>
            <translation>Annoncer à voix haute</translation>
        </message>
        <message>
            <source>Count reps aloud in paced sets</source>
            <translation>Compter les répétitions à voix haute dans les séries rythmées</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>Tester le son</translation>
        </message>
        <message>
            <source>Play a cue now, at this volume</source>
            <translation>Jouer un signal maintenant, à ce volume</translation>
        </message>
        <message>
            <source>Test voice</source>
            <translation>Tester la voix</translation>
        </message>
        <message>
            <source>Speak a line now, with this voice and rate</source>
            <translation>Dire une phrase maintenant, avec cette voix et ce débit</translation>
        </message>
        <message>
            <source>Tick the last seconds of each segment</source>
            <translation>Tic-tac sur les dernières secondes de chaque segment</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>Use my own get-ready time for every routine</source>
            <translation>Utiliser mon propre temps de préparation pour chaque routine</translation>
        </message>
        <message>
            <source>Pause when the screen locks</source>
            <translation>Mettre en pause au verrouillage de l’écran</translation>
        </message>
        <message>
            <source>Notify at each new exercise while this window is in the background</source>
            <translation>Notifier à chaque nouvel exercice quand cette fenêtre est en arrière-plan</translation>
        </message>
        <message>
            <source>Screen reader: announce the last 3 seconds of each step</source>
            <translation>Lecteur d’écran : annoncer les 3 dernières secondes de chaque étape</translation>
        </message>
        <message>
            <source>Screen reader: also show announcements as notifications (Orca 45 and older)</source>
            <translation>Lecteur d’écran : afficher aussi les annonces en notifications (Orca 45 et antérieur)</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>Fichier journal : {path}</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Son</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Countdown</source>
            <translation>Compte à rebours</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voix</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Débit</translation>
        </message>
        <message>
            <source>Workout and window</source>
            <translation>Entraînement et fenêtre</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Préparation</translation>
        </message>
        <message>
            <source>After sleep</source>
            <translation>Après la veille</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Mini timer</source>
            <translation>Mini-minuteur</translation>
        </message>
        <message>
            <source>Changes apply at once.</source>
            <translation>Les changements s’appliquent aussitôt.</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>Système ({language})</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Par défaut du système</translation>
        </message>
        <message>
            <source>{voice} (not available now)</source>
            <translation>{voice} (indisponible pour l’instant)</translation>
        </message>
        <message>
            <source>Playing the start cue.</source>
            <translation>Lecture du signal de départ.</translation>
        </message>
        <message>
            <source>Speaking a test line.</source>
            <translation>Lecture d’une phrase de test.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutOverlay</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>{escape}, {keys} closes this list</source>
            <translation>{escape}, {keys} ferme cette liste</translation>
        </message>
    </context>
    <context>
        <name>StepSpinBox</name>
        <message>
            <source>allowed {range}</source>
            <translation>autorisé {range}</translation>
        </message>
        <message>
            <source>Allowed: {range}</source>
            <translation>Autorisé : {range}</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>Workout complete</source>
            <translation>Séance terminée</translation>
        </message>
        <message>
            <source>Time spent exercising and resting, without pauses and without the get-ready countdown</source>
            <translation>Temps passé à l’effort et au repos, sans les pauses ni le compte à rebours de préparation</translation>
        </message>
        <message>
            <source>Active time</source>
            <translation>Temps actif</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>Étapes faites</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Sautées</translation>
        </message>
        <message>
            <source>Back to routines  ({key})</source>
            <translation>Retour aux routines  ({key})</translation>
        </message>
        <message>
            <source>Repeat  ({key})</source>
            <translation>Recommencer  ({key})</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <source>Strength</source>
            <translation>Force</translation>
        </message>
        <message>
            <source>Mobility</source>
            <translation>Mobilité</translation>
        </message>
        <message>
            <source>Stretch</source>
            <translation>Étirement</translation>
        </message>
        <message>
            <source>Relaxation</source>
            <translation>Relaxation</translation>
        </message>
        <message>
            <source>Posture</source>
            <translation>Posture</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>No plan yet</source>
            <translation>Pas encore de plan</translation>
        </message>
        <message>
            <source>until you press Enter</source>
            <translation>jusqu’à Entrée</translation>
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
            <translation>Mini-minuteur</translation>
        </message>
        <message>
            <source>A small timer that stays above other windows (T)</source>
            <translation>Un petit minuteur qui reste au-dessus des autres fenêtres (T)</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Lancer à l’ouverture de session</translation>
        </message>
        <message>
            <source>Start quietly in the tray at login, so reminders come</source>
            <translation>Démarrer discrètement dans la zone de notification à l’ouverture de session, pour recevoir les rappels</translation>
        </message>
        <message>
            <source>Starting at login could not be changed: {problem}.</source>
            <translation>Le lancement à l’ouverture de session n’a pas pu être modifié : {problem}.</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <source>Undo  ({keys})</source>
            <translation>Annuler  ({keys})</translation>
        </message>
    </context>
    <context>
        <name>WeekBars</name>
        <message>
            <source>week of {day}: {minutes}</source>
            <translation>semaine du {day} : {minutes}</translation>
        </message>
        <message>
            <source>Last {weeks} weeks: most in one week {minutes}; {recent}.</source>
            <translation>{weeks} dernières semaines : maximum en une semaine {minutes} ; {recent}.</translation>
        </message>
        <message>
            <source>Minutes per week (most {minutes})</source>
            <translation>Minutes par semaine (max. {minutes})</translation>
        </message>
    </context>
    <context>
        <name>WorkoutNotices</name>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
    </context>
    <context>
        <name>WorkoutTray</name>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Show {app}</source>
            <translation>Afficher {app}</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fini</translation>
        </message>
    </context>
</TS>

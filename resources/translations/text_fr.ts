<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Advice</name>
        <message>
            <source>Monday</source>
            <translation>lundi</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>mardi</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>mercredi</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jeudi</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>vendredi</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>samedi</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>dimanche</translation>
        </message>
        <message>
            <source>January</source>
            <translation>janvier</translation>
        </message>
        <message>
            <source>February</source>
            <translation>février</translation>
        </message>
        <message>
            <source>March</source>
            <translation>mars</translation>
        </message>
        <message>
            <source>April</source>
            <translation>avril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>June</source>
            <translation>juin</translation>
        </message>
        <message>
            <source>July</source>
            <translation>juillet</translation>
        </message>
        <message>
            <source>August</source>
            <translation>août</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octobre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>novembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>décembre</translation>
        </message>
        <message numerus="yes">
            <source>%n rest day(s)</source>
            <translation>
                <numerusform>%n jour de repos</numerusform>
                <numerusform>%n jours de repos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message>
            <source>{span} sessions</source>
            <translation>{span} séances</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>a date: 16 January 2026</comment>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd’hui</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
        <message>
            <source>on {weekday}</source>
            <translation>{weekday}</translation>
        </message>
        <message>
            <source>on {date}</source>
            <translation>le {date}</translation>
        </message>
        <message>
            <source>rest until {day}: {rest_days} after a hard leg session</source>
            <translation>repos jusqu’à {day} : {rest_days} après une séance de jambes intense</translation>
        </message>
        <message>
            <source>rest until {day} ({rest_days} after a hard leg session)</source>
            <translation>repos jusqu’à {day} ({rest_days} après une séance de jambes intense)</translation>
        </message>
        <message>
            <source>not done yet</source>
            <translation>pas encore faite</translation>
        </message>
        <message>
            <source>last done {when}</source>
            <translation>dernière fois {when}</translation>
        </message>
        <message>
            <source>This routine gives no practice advice; {last_done}.</source>
            <translation>Cette routine ne donne pas de conseil de pratique ; {last_done}.</translation>
        </message>
        <message>
            <source>{sessions} a day, {done} done today</source>
            <translation>{sessions} par jour, aujourd’hui : {done}</translation>
        </message>
        <message>
            <source>{sessions} a week, {done} done this week</source>
            <translation>{sessions} par semaine, cette semaine : {done}</translation>
        </message>
        <message>
            <source>{rest_days} after a hard leg session, {last_done}</source>
            <translation>{rest_days} après une séance de jambes intense, {last_done}</translation>
        </message>
        <message>
            <source>The routine's advice: {parts}.</source>
            <translation>Conseil de la routine : {parts}.</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between parts of the advice</comment>
            <translation> ; </translation>
        </message>
        <message>
            <source>{done} of {span} today</source>
            <translation>{done} sur {span} aujourd’hui</translation>
        </message>
        <message>
            <source>{done} of {span} this week</source>
            <translation>{done} sur {span} cette semaine</translation>
        </message>
        <message>
            <source>{parts} (the routine's advice)</source>
            <translation>{parts} (conseil de la routine)</translation>
        </message>
        <message>
            <source>Not counted: only finished sessions count toward streaks and advice</source>
            <translation>Non comptée : seules les séances terminées comptent pour les séries de jours et les conseils</translation>
        </message>
        <message>
            <source>Day {streak} in a row</source>
            <translation>{streak}e jour d’affilée</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>afficher le numéro de version et quitter</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s : erreur : %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>un argument attendu</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>au moins un argument attendu</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix invalide : %(value)r (choisir parmi %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur %(type)s invalide : %(value)r</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>arguments requis : %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>arguments non reconnus : %s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>non autorisé avec l'argument %s</translation>
        </message>
    </context>
    <context>
        <name>Audio</name>
        <message>
            <source>No sound server (PulseAudio or PipeWire) is running: cues flash instead.</source>
            <translation>Aucun serveur de son (PulseAudio ou PipeWire) ne tourne : les signaux clignotent à la place.</translation>
        </message>
        <message>
            <source>Three, two, one. Go! This is how the announcements sound.</source>
            <translation>Trois, deux, un. C’est parti ! Voici comment sonnent les annonces.</translation>
        </message>
        <message>
            <source>The new speech engine is used after a restart.</source>
            <translation>Le nouveau moteur vocal sera utilisé après un redémarrage.</translation>
        </message>
        <message>
            <source>Sounds are muted: unmute to hear them.</source>
            <translation>Les sons sont coupés : réactivez-les pour les entendre.</translation>
        </message>
        <message>
            <source>Sound is not ready yet.</source>
            <translation>Le son n’est pas encore prêt.</translation>
        </message>
        <message>
            <source>Sound is not available.</source>
            <translation>Le son n’est pas disponible.</translation>
        </message>
        <message>
            <source>The sound could not be played.</source>
            <translation>Le son n’a pas pu être joué.</translation>
        </message>
        <message>
            <source>Sounds are muted: unmute to hear the voice.</source>
            <translation>Les sons sont coupés : réactivez-les pour entendre la voix.</translation>
        </message>
        <message>
            <source>Turn on “Speak announcements” to hear the voice.</source>
            <translation>Activez « Annoncer à voix haute » pour entendre la voix.</translation>
        </message>
        <message>
            <source>The voice is not ready yet.</source>
            <translation>La voix n’est pas encore prête.</translation>
        </message>
        <message>
            <source>Sound is back.</source>
            <translation>Le son est revenu.</translation>
        </message>
        <message>
            <source>Sounds are loading.</source>
            <translation>Chargement des sons.</translation>
        </message>
        <message>
            <source>The sound server is not answering: cues are shown as a flash.</source>
            <translation>Le serveur de son ne répond pas : les signaux s’affichent en clignotant.</translation>
        </message>
        <message>
            <source>No audio output device: cues are shown as a flash instead.</source>
            <translation>Aucun périphérique de sortie audio : les signaux s’affichent en clignotant.</translation>
        </message>
        <message>
            <source>Sounds are not loaded yet.</source>
            <translation>Les sons ne sont pas encore chargés.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source> (and {more}: leg-timer validate {file})</source>
            <translation> (et {more} : leg-timer validate {file})</translation>
        </message>
        <message>
            <source>skipped broken routine: {problem}</source>
            <translation>routine défectueuse ignorée : {problem}</translation>
        </message>
        <message>
            <source>(your file: {path})</source>
            <translation>(votre fichier : {path})</translation>
        </message>
        <message>
            <source>{name} ({id}): {steps}, total {time}</source>
            <translation>{name} ({id}) : {steps}, total {time}</translation>
        </message>
        <message>
            <source>start</source>
            <translation>début</translation>
        </message>
        <message>
            <source>length</source>
            <translation>durée</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <source>round</source>
            <translation>tour</translation>
        </message>
        <message>
            <source>set</source>
            <translation>série</translation>
        </message>
        <message>
            <source>what</source>
            <translation>quoi</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>manuel</translation>
        </message>
        <message>
            <source> at {seconds} s each</source>
            <translation> à {seconds} s chacune</translation>
        </message>
        <message>
            <source>, at your pace</source>
            <translation>, à votre rythme</translation>
        </message>
        <message>
            <source>all valid</source>
            <translation>tous valides</translation>
        </message>
        <message>
            <source>{failed} with {problems}</source>
            <translation>{failed} avec {problems}</translation>
        </message>
        <message>
            <source>checked {files}: {verdict}</source>
            <translation>vérification de {files} : {verdict}</translation>
        </message>
        <message>
            <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); list, plan and validate work without one</source>
            <translation>aucun écran où ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n’est défini) ; list, plan et validate fonctionnent sans</translation>
        </message>
        <message>
            <source>cannot read {file}: {error}</source>
            <translation>impossible de lire {file} : {error}</translation>
        </message>
        <message>
            <source>{problem} (nothing was imported)</source>
            <translation>{problem} (rien n’a été importé)</translation>
        </message>
        <message>
            <source>cannot write {file}: {error} (nothing was imported)</source>
            <translation>impossible d’écrire {file} : {error} (rien n’a été importé)</translation>
        </message>
        <message>
            <source>Imported {sessions} from {file} ({present} already there).</source>
            <translation>Import depuis {file} : {sessions} (déjà présentes : {present}).</translation>
        </message>
        <message>
            <source>Imported {sessions} from {file}.</source>
            <translation>Import depuis {file} : {sessions}.</translation>
        </message>
        <message>
            <source>No workouts recorded yet.</source>
            <translation>Aucune séance enregistrée pour l’instant.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>{done} done</source>
            <translation>{done} faits</translation>
        </message>
        <message>
            <source>{done}, {skipped} skipped</source>
            <translation>{done}, {skipped} sautés</translation>
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
            <source>interrupted</source>
            <translation>interrompue</translation>
        </message>
        <message>
            <source>running</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>Streak: {days} in a row</source>
            <translation>Jours d’affilée : {days}</translation>
        </message>
        <message>
            <source>Streak: none going (a day counts when a session on it completed)</source>
            <translation>Jours d’affilée : aucun en cours (un jour compte quand une séance y a été terminée)</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>rien n’a été importé</translation>
        </message>
        <message>
            <source>Imported {name} as {id} ({format})</source>
            <translation>{name} importée sous {id} ({format})</translation>
        </message>
        <message>
            <source>not carried over: {what}</source>
            <translation>non repris : {what}</translation>
        </message>
        <message>
            <source>With no command, opens the window.</source>
            <translation>Sans commande, ouvre la fenêtre.</translation>
        </message>
        <message>
            <source>Your own routines are the .yaml files in {routines} (with --basedir DIR, DIR/data/routines/); the window's "Open routines folder" opens it. The window logs to {log} (rotated at 1 MiB); with --basedir DIR, under DIR/state/log/.</source>
            <translation>Vos propres routines sont les fichiers .yaml de {routines} (avec --basedir DIR : DIR/data/routines/) ; « Ouvrir le dossier des routines » dans la fenêtre l’ouvre. La fenêtre écrit son journal dans {log} (rotation à 1 Mio) ; avec --basedir DIR, sous DIR/state/log/.</translation>
        </message>
        <message>
            <source>keep user routines, settings and history under DIR (also $LEG_TIMER_BASEDIR)</source>
            <translation>garder routines, paramètres et historique sous DIR (aussi $LEG_TIMER_BASEDIR)</translation>
        </message>
        <message>
            <source>log everything, to the log file and to stderr</source>
            <translation>tout journaliser, dans le fichier journal et sur stderr</translation>
        </message>
        <message>
            <source>start quietly, for reminders: only the tray icon where there is a tray, else the window minimised (what starting at login does)</source>
            <translation>démarrer discrètement, pour les rappels : seulement l’icône de la zone de notification s’il y en a une, sinon la fenêtre réduite (comme au démarrage de session)</translation>
        </message>
        <message>
            <source>list every routine with its total time</source>
            <translation>lister toutes les routines avec leur durée totale</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>afficher du JSON au lieu d’un tableau</translation>
        </message>
        <message>
            <source>show the segments a routine will run</source>
            <translation>montrer les segments qu’une routine va dérouler</translation>
        </message>
        <message>
            <source>a routine id or a path to a YAML file</source>
            <translation>un identifiant de routine ou le chemin d’un fichier YAML</translation>
        </message>
        <message>
            <source>check routine files and report every problem</source>
            <translation>vérifier des fichiers de routine et signaler chaque problème</translation>
        </message>
        <message>
            <source>routine files (a folder means every .yaml file in it)</source>
            <translation>fichiers de routine (un dossier : tous ses fichiers .yaml)</translation>
        </message>
        <message>
            <source>open the window on a routine and start it</source>
            <translation>ouvrir la fenêtre sur une routine et la lancer</translation>
        </message>
        <message>
            <source>start in focus mode</source>
            <translation>démarrer en mode concentration</translation>
        </message>
        <message>
            <source>exit 0 once the session is over (for scripts and tests)</source>
            <translation>quitter avec 0 une fois la séance finie (pour les scripts et les tests)</translation>
        </message>
        <message>
            <source>run with only the tray icon, notifications and sound, no window (the tray's menu shows it); without a tray, the window as usual</source>
            <translation>fonctionner avec seulement l’icône de notification, les notifications et le son, sans fenêtre (le menu de l’icône l’affiche) ; sans zone de notification, la fenêtre comme d’habitude</translation>
        </message>
        <message>
            <source>every workout recorded, oldest first</source>
            <translation>toutes les séances enregistrées, les plus anciennes d’abord</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>afficher du JSON</translation>
        </message>
        <message>
            <source>print CSV</source>
            <translation>afficher du CSV</translation>
        </message>
        <message>
            <source>add the sessions of a --json or --csv export (those already here are left alone)</source>
            <translation>ajouter les séances d’un export --json ou --csv (celles déjà présentes restent telles quelles)</translation>
        </message>
        <message>
            <source>only sessions from this local day on</source>
            <translation>seulement les séances à partir de ce jour (heure locale)</translation>
        </message>
        <message>
            <source>make routines from other interval-timer apps' workout files (see docs/importing.md)</source>
            <translation>créer des routines à partir des fichiers d’autres applis de minuteur d’intervalles (voir docs/importing.md)</translation>
        </message>
        <message>
            <source>exported workouts: JAWT, OpenHIIT, TimeR Machine, qintervals or a Leg Timer routine</source>
            <translation>séances exportées : JAWT, OpenHIIT, TimeR Machine, qintervals ou une routine Leg Timer</translation>
        </message>
        <message>
            <source>read the files as NAME instead of recognising the format: jawt, openhiit, timer-machine, qintervals or leg-timer</source>
            <translation>lire les fichiers comme NAME au lieu de reconnaître le format : jawt, openhiit, timer-machine, qintervals ou leg-timer</translation>
        </message>
        <message>
            <source>print JSON: id, name, path, format and dropped of each routine</source>
            <translation>afficher du JSON : id, name, path, format et dropped de chaque routine</translation>
        </message>
        <message>
            <source>what each routine's practice advice says today</source>
            <translation>ce que disent aujourd’hui les conseils de pratique de chaque routine</translation>
        </message>
        <message>
            <source>the practice reminders and when each comes next (set them in the window: Ctrl+R)</source>
            <translation>les rappels de pratique et quand chacun revient (à régler dans la fenêtre : Ctrl+R)</translation>
        </message>
        <message>
            <source>the data folder's routines/</source>
            <translation>routines/ du dossier de données</translation>
        </message>
        <message>
            <source>the state folder</source>
            <translation>le dossier d’état</translation>
        </message>
        <message>
            <source>not a YYYY-MM-DD date: {text}</source>
            <translation>pas une date AAAA-MM-JJ : {text}</translation>
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
            <translation>Préparez-vous</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Repos</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Changez de côté</translation>
        </message>
        <message>
            <source>Last set</source>
            <translation>Dernière série</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>Mi-parcours</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Séance terminée</translation>
        </message>
        <message>
            <source>Session complete</source>
            <translation>Séance finie</translation>
        </message>
        <message>
            <source>Round {number} of {total}</source>
            <translation>Tour {number} sur {total}</translation>
        </message>
        <message numerus="yes">
            <source>%n reps</source>
            <comment>spoken at the start of a rep set</comment>
            <translation>
                <numerusform>%n répétition</numerusform>
                <numerusform>%n répétitions</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}, left side</source>
            <translation>{name}, côté gauche</translation>
        </message>
        <message>
            <source>{name}, right side</source>
            <translation>{name}, côté droit</translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>Ensuite : {name}</translation>
        </message>
        <message>
            <source>, set {number} of {total}</source>
            <translation>, série {number} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>GET READY</source>
            <translation>PRÉPAREZ-VOUS</translation>
        </message>
        <message>
            <source>WORK</source>
            <translation>EFFORT</translation>
        </message>
        <message>
            <source>REST</source>
            <translation>REPOS</translation>
        </message>
        <message>
            <source>HOLD</source>
            <translation>MAINTIEN</translation>
        </message>
        <message>
            <source>REPS</source>
            <translation>RÉPÉTITIONS</translation>
        </message>
        <message>
            <source>SWITCH SIDES</source>
            <translation>CHANGEZ DE CÔTÉ</translation>
        </message>
        <message>
            <source>ROUND REST</source>
            <translation>REPOS ENTRE TOURS</translation>
        </message>
        <message>
            <source>COOL-DOWN</source>
            <translation>RETOUR AU CALME</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Côté gauche</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Côté droit</translation>
        </message>
        <message>
            <source>{name} (left)</source>
            <translation>{name} (gauche)</translation>
        </message>
        <message>
            <source>{name} (right)</source>
            <translation>{name} (droite)</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Ensuite : fin</translation>
        </message>
        <message>
            <source>Next: {exercise}</source>
            <translation>Ensuite : {exercise}</translation>
        </message>
        <message>
            <source>{next} · in {time}</source>
            <translation>{next} · dans {time}</translation>
        </message>
        <message>
            <source>{next} · after {time}</source>
            <translation>{next} · après {time}</translation>
        </message>
        <message>
            <source>Coming up: {exercise}</source>
            <translation>À suivre : {exercise}</translation>
        </message>
        <message>
            <source>Press {key} when done</source>
            <translation>Appuyez sur {key} une fois fini</translation>
        </message>
        <message>
            <source>{reps} · press {key} when done</source>
            <translation>{reps} · appuyez sur {key} une fois fini</translation>
        </message>
        <message>
            <source>{time} done</source>
            <translation>{time} effectuées</translation>
        </message>
        <message>
            <source>{left} left of {total}</source>
            <translation>reste {left} sur {total}</translation>
        </message>
        <message>
            <source>Paused · {title}</source>
            <translation>En pause · {title}</translation>
        </message>
        <message>
            <source>at your pace</source>
            <translation>à votre rythme</translation>
        </message>
        <message>
            <source>Finished, {skipped} skipped</source>
            <translation>Terminé, sans {skipped}</translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Séance terminée</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fini</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Stopped after {done} of {steps}</source>
            <translation>Arrêté après {done} sur {steps}</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Arrêté</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no steps skipped</comment>
            <translation>aucune</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} sur {total}</translation>
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
            <translation>aucun fichier de routine {file}</translation>
        </message>
        <message>
            <source>--set expects NAME=VALUE, not {text}</source>
            <translation>--set attend NOM=VALEUR, pas {text}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>{routine} has no parameter {name} (its parameters: {known})</source>
            <translation>{routine} n’a pas de paramètre {name} (ses paramètres : {known})</translation>
        </message>
        <message>
            <source>{name} must be a number, not {text}</source>
            <translation>{name} doit être un nombre, pas {text}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New routine…</source>
            <translation>&amp;Nouvelle routine…</translation>
        </message>
        <message>
            <source>&amp;Open routine file…</source>
            <translation>&amp;Ouvrir un fichier de routine…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>Enregistrer une &amp;copie sous…</translation>
        </message>
        <message>
            <source>Open routines &amp;folder</source>
            <translation>Ouvrir le &amp;dossier des routines</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Routine</source>
            <translation>&amp;Routine</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Démarrer</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>D&amp;uplicate…</source>
            <translation>D&amp;upliquer…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>&amp;Annuler la suppression</translation>
        </message>
        <message>
            <source>&amp;Reminders…</source>
            <translation>&amp;Rappels…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
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
            <translation>Aucune séance en cours</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>EN PAUSE</translation>
        </message>
        <message>
            <source>Drag to move · double-click to open Leg Timer</source>
            <translation>Faites glisser pour déplacer · double-cliquez pour ouvrir Leg Timer</translation>
        </message>
        <message>
            <source>DONE</source>
            <translation>FINI</translation>
        </message>
        <message>
            <source>FINISHED</source>
            <translation>TERMINÉ</translation>
        </message>
        <message>
            <source>STOPPED</source>
            <translation>ARRÊTÉ</translation>
        </message>
        <message>
            <source>{key} during a workout shows a small timer; drag it anywhere, double-click it to come back here.</source>
            <translation>{key} pendant une séance affiche un petit minuteur ; déplacez-le où vous voulez, double-cliquez dessus pour revenir ici.</translation>
        </message>
        <message>
            <source>{line} It stays above other windows.</source>
            <translation>{line} Il reste au-dessus des autres fenêtres.</translation>
        </message>
        <message>
            <source>{line} On Wayland it is an ordinary small window: the window system does not let applications keep a window above the others.</source>
            <translation>{line} Sous Wayland, c’est une petite fenêtre ordinaire : le système de fenêtres ne permet pas aux applications de garder une fenêtre au-dessus des autres.</translation>
        </message>
    </context>
    <context>
        <name>Outside</name>
        <message>
            <source>No workout running</source>
            <translation>Aucune séance en cours</translation>
        </message>
        <message>
            <source>Paused · {step}</source>
            <translation>En pause · {step}</translation>
        </message>
        <message>
            <source>{time} done</source>
            <translation>{time} effectuées</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>reste {time}</translation>
        </message>
        <message>
            <source>{reps} at your pace</source>
            <translation>{reps} à votre rythme</translation>
        </message>
        <message>
            <source>at your pace</source>
            <translation>à votre rythme</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>notification button</comment>
            <translation>Fini</translation>
        </message>
        <message>
            <source>Next</source>
            <comment>notification button</comment>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>{routine} · {time} of exercise</source>
            <translation>{routine} · {time} d’exercice</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>No reminders. Set one in the window: select a routine, then Routine &gt; Reminders… (Ctrl+R).</source>
            <translation>Aucun rappel. Créez-en un dans la fenêtre : choisissez une routine, puis Routine &gt; Rappels… (Ctrl+R).</translation>
        </message>
        <message>
            <source>off</source>
            <comment>a reminder turned off</comment>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>lundi</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>mardi</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>mercredi</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jeudi</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>vendredi</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>samedi</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>dimanche</translation>
        </message>
        <message>
            <source>choose at least one day of the week</source>
            <translation>choisissez au moins un jour de la semaine</translation>
        </message>
        <message>
            <source>give at least one time of day</source>
            <translation>indiquez au moins une heure</translation>
        </message>
        <message>
            <source>give at most {count} times of day</source>
            <translation>indiquez au plus {count} heures</translation>
        </message>
        <message>
            <source>the number a day must be 1 to {most}</source>
            <translation>le nombre par jour doit aller de 1 à {most}</translation>
        </message>
        <message>
            <source>the last time must come after the first</source>
            <translation>la dernière heure doit venir après la première</translation>
        </message>
        <message>
            <source>the last time must not come before the first</source>
            <translation>la dernière heure ne doit pas venir avant la première</translation>
        </message>
        <message>
            <source>{text} is not a time of day like 09:00</source>
            <translation>{text} n’est pas une heure comme 09:00</translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} et {last}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between listed items</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>every day</source>
            <translation>tous les jours</translation>
        </message>
        <message>
            <source>on weekdays</source>
            <translation>en semaine</translation>
        </message>
        <message>
            <source>at weekends</source>
            <translation>le week-end</translation>
        </message>
        <message>
            <source>on {days}</source>
            <translation>le {days}</translation>
        </message>
        <message>
            <source>{days} at {times}</source>
            <translation>{days} à {times}</translation>
        </message>
        <message>
            <source>once a day between {start} and {end}, {days}</source>
            <translation>une fois par jour entre {start} et {end}, {days}</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) a day between {start} and {end}, {days}</source>
            <translation>
                <numerusform>%n fois par jour entre {start} et {end}, {days}</numerusform>
                <numerusform>%n fois par jour entre {start} et {end}, {days}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineText</name>
        <message>
            <source>{sets} at your pace</source>
            <translation>{sets} à votre rythme</translation>
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
            <translation>{reps} en {sets}</translation>
        </message>
        <message>
            <source>, at your pace</source>
            <translation>, à votre rythme</translation>
        </message>
        <message>
            <source>, {time} each</source>
            <translation>, {time} chacune</translation>
        </message>
        <message>
            <source>work {time}</source>
            <translation>effort {time}</translation>
        </message>
        <message>
            <source>hold {time}</source>
            <translation>maintien {time}</translation>
        </message>
        <message>
            <source>, right then left</source>
            <translation>, droite puis gauche</translation>
        </message>
        <message>
            <source>, left then right</source>
            <translation>, gauche puis droite</translation>
        </message>
        <message>
            <source>, right side</source>
            <translation>, côté droit</translation>
        </message>
        <message>
            <source>, left side</source>
            <translation>, côté gauche</translation>
        </message>
        <message>
            <source>{low}–{high} times a day</source>
            <translation>{low} à {high} fois par jour</translation>
        </message>
        <message>
            <source>{low}–{high} times a week</source>
            <translation>{low} à {high} fois par semaine</translation>
        </message>
        <message>
            <source>rest {days} afterwards</source>
            <translation>puis {days} de repos</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between practice hints</comment>
            <translation> ; </translation>
        </message>
        <message>
            <source>{hints}. {note}</source>
            <translation>{hints}. {note}</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Exercices</translation>
        </message>
        <message>
            <source>Safety:</source>
            <translation>Sécurité :</translation>
        </message>
        <message>
            <source>Cool-down: {label}</source>
            <translation>Retour au calme : {label}</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>À quelle fréquence</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Source : {source}</translation>
        </message>
        <message>
            <source>This routine file could not be loaded, so it cannot be started. Fix these problems and restart Leg Timer (or run {command}):</source>
            <translation>Ce fichier de routine n’a pas pu être chargé : impossible de la lancer. Corrigez ces problèmes et relancez Leg Timer (ou exécutez {command}) :</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Start, pause or resume the workout</source>
            <translation>Démarrer, mettre en pause ou reprendre la séance</translation>
        </message>
        <message>
            <source>Done with a rep set at your own pace; in the jump list, jump to the chosen exercise; in the list, start the selected routine; on the summary, back to the list</source>
            <translation>Série à votre rythme terminée ; dans la liste de saut, aller à l’exercice choisi ; dans la liste, lancer la routine choisie ; dans le bilan, revenir à la liste</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Passer à l’étape suivante</translation>
        </message>
        <message>
            <source>Previous step (restarts the step when more than 2 s in)</source>
            <translation>Étape précédente (recommence l’étape après plus de 2 s)</translation>
        </message>
        <message>
            <source>Add {seconds} seconds to this step (the number pad's + too)</source>
            <translation>Ajouter {seconds} secondes à cette étape (aussi le + du pavé numérique)</translation>
        </message>
        <message>
            <source>Take {seconds} seconds off this step (the number pad's - too)</source>
            <translation>Retirer {seconds} secondes à cette étape (aussi le - du pavé numérique)</translation>
        </message>
        <message>
            <source>Restart the routine from the beginning (asks first during a workout); on the summary, do it again</source>
            <translation>Recommencer la routine depuis le début (demande d’abord pendant une séance) ; dans le bilan, la refaire</translation>
        </message>
        <message>
            <source>Close the jump list or this overlay, or leave focus mode; stop the workout (asks first while it runs); on the summary, back to the list; on the history, back where you came from</source>
            <translation>Fermer la liste de saut ou cet aperçu, ou quitter le mode concentration ; arrêter la séance (demande d’abord si elle est en cours) ; dans le bilan, revenir à la liste ; dans l’historique, revenir d’où vous veniez</translation>
        </message>
        <message>
            <source>Focus mode: full screen and larger, without the key hints (also double-click the countdown)</source>
            <translation>Mode concentration : plein écran, plus grand, sans les aides de touches (ou double-cliquez sur le compte à rebours)</translation>
        </message>
        <message>
            <source>Show or hide the exercise's instructions and safety note (shown when they fit)</source>
            <translation>Afficher ou masquer les consignes et la note de sécurité de l’exercice (affichées quand elles tiennent)</translation>
        </message>
        <message>
            <source>Jump list: pick any exercise of the routine (type to filter, ↑ ↓ to choose, Enter jumps there, Esc closes)</source>
            <translation>Liste de saut : choisir n’importe quel exercice de la routine (tapez pour filtrer, ↑ ↓ pour choisir, Entrée pour y aller, Échap pour fermer)</translation>
        </message>
        <message>
            <source>Mute or unmute sounds and voice</source>
            <translation>Couper ou rétablir les sons et la voix</translation>
        </message>
        <message>
            <source>Mini timer: a small window that stays above other windows, with the time, the exercise and its side; the workout keys work in it, double-click it to come back</source>
            <translation>Mini-minuteur : une petite fenêtre au-dessus des autres, avec le temps, l’exercice et son côté ; les touches de la séance y fonctionnent, double-cliquez pour revenir</translation>
        </message>
        <message>
            <source>Show or hide this list of shortcuts</source>
            <translation>Afficher ou masquer cette liste de raccourcis</translation>
        </message>
        <message>
            <source>Search the routines (or just start typing in the list)</source>
            <translation>Rechercher dans les routines (ou tapez directement dans la liste)</translation>
        </message>
        <message>
            <source>Open the routines folder (your own routine files) in the file manager</source>
            <translation>Ouvrir le dossier des routines (vos propres fichiers) dans le gestionnaire de fichiers</translation>
        </message>
        <message>
            <source>New routine, made in the routine editor</source>
            <translation>Nouvelle routine, créée dans l’éditeur de routines</translation>
        </message>
        <message>
            <source>Open a routine file and start it, without adding it to your routines (as leg-timer run FILE)</source>
            <translation>Ouvrir un fichier de routine et le lancer, sans l’ajouter à vos routines (comme leg-timer run FILE)</translation>
        </message>
        <message>
            <source>Import routine files (.yaml, .yml, .json) into your routines; dropping files on the window does the same</source>
            <translation>Importer des fichiers de routine (.yaml, .yml, .json) dans vos routines ; déposer des fichiers sur la fenêtre fait de même</translation>
        </message>
        <message>
            <source>Edit the selected routine of your own (a built-in one is duplicated instead)</source>
            <translation>Modifier votre routine choisie (une routine intégrée est dupliquée à la place)</translation>
        </message>
        <message>
            <source>Duplicate the selected routine as a new one of your own, in the editor (the way to change a built-in routine)</source>
            <translation>Dupliquer la routine choisie en une nouvelle routine à vous, dans l’éditeur (pour modifier une routine intégrée)</translation>
        </message>
        <message>
            <source>Delete the selected routine of your own (its file goes to the deleted-routines folder beside your routines folder; Ctrl+Z brings it back)</source>
            <translation>Supprimer votre routine choisie (son fichier va dans le dossier des routines supprimées, à côté de votre dossier de routines ; Ctrl+Z la rétablit)</translation>
        </message>
        <message>
            <source>Bring back the routine just deleted</source>
            <translation>Rétablir la routine qui vient d’être supprimée</translation>
        </message>
        <message>
            <source>Save a copy of the selected routine's file where you choose (to share it)</source>
            <translation>Enregistrer une copie du fichier de la routine choisie où vous voulez (pour la partager)</translation>
        </message>
        <message>
            <source>Reminders for the selected routine: at times of day or spread over the day, on chosen weekdays (offered from its practice advice); and starting at login</source>
            <translation>Rappels pour la routine choisie : à des heures précises ou répartis sur la journée, les jours choisis (proposés d’après ses conseils de pratique) ; et lancement à la connexion</translation>
        </message>
        <message>
            <source>Settings: volume, voice, countdown ticks, get-ready time, theme</source>
            <translation>Paramètres : volume, voix, tic-tac du compte à rebours, temps de préparation, thème</translation>
        </message>
        <message>
            <source>Quit (asks first while a workout is under way)</source>
            <translation>Quitter (demande d’abord si une séance est en cours)</translation>
        </message>
        <message>
            <source>Workout history: calendar, weekly minutes, streaks, every session (Delete removes one, Ctrl+Z brings it back)</source>
            <translation>Historique des séances : calendrier, minutes par semaine, jours d’affilée, chaque séance (Suppr en retire une, Ctrl+Z la rétablit)</translation>
        </message>
        <message>
            <source>Workout history, from the list (where H types into the search)</source>
            <translation>Historique des séances, depuis la liste (où H s’écrit dans la recherche)</translation>
        </message>
        <message>
            <source>list</source>
            <translation>liste</translation>
        </message>
        <message>
            <source>workout</source>
            <translation>séance</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>bilan</translation>
        </message>
        <message>
            <source>history</source>
            <translation>historique</translation>
        </message>
        <message>
            <source>everywhere</source>
            <translation>partout</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between page names</comment>
            <translation>, </translation>
        </message>
        <message>
            <source> or </source>
            <comment>between keys</comment>
            <translation> ou </translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espace</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Échap</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Suppr</translation>
        </message>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Maj</translation>
        </message>
        <message>
            <source>{key} resume</source>
            <translation>{key} reprendre</translation>
        </message>
        <message>
            <source>{key} pause</source>
            <translation>{key} pause</translation>
        </message>
        <message>
            <source>{keys} steps</source>
            <translation>{keys} étapes</translation>
        </message>
        <message>
            <source>{keys} {seconds} s</source>
            <translation>{keys} {seconds} s</translation>
        </message>
        <message>
            <source>{key} jump</source>
            <translation>{key} aller à</translation>
        </message>
        <message>
            <source>{key} guide</source>
            <translation>{key} consignes</translation>
        </message>
        <message>
            <source>{key} stop</source>
            <translation>{key} arrêter</translation>
        </message>
        <message>
            <source>{key} focus</source>
            <translation>{key} concentration</translation>
        </message>
        <message>
            <source>{key} all keys</source>
            <translation>{key} toutes les touches</translation>
        </message>
    </context>
    <context>
        <name>Spoken</name>
        <message>
            <source>Get ready</source>
            <translation>Préparez-vous</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Effort</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Repos</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Maintien</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Répétitions</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Changez de côté</translation>
        </message>
        <message>
            <source>Round rest</source>
            <translation>Repos entre les tours</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Retour au calme</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>côté gauche</translation>
        </message>
        <message>
            <source>right side</source>
            <translation>côté droit</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n seconde</numerusform>
                <numerusform>%n secondes</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>press Enter when done</source>
            <translation>appuyez sur Entrée une fois fini</translation>
        </message>
        <message>
            <source>{time} done</source>
            <translation>{time} effectuées</translation>
        </message>
        <message>
            <source>round {current} of {total}</source>
            <translation>tour {current} sur {total}</translation>
        </message>
        <message>
            <source>set {current} of {total}</source>
            <translation>série {current} sur {total}</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pause</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Reprise</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Passé</translation>
        </message>
        <message>
            <source>Time changed, {length} left</source>
            <translation>Durée modifiée, reste {length}</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>Mi-parcours</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Séance terminée</translation>
        </message>
        <message>
            <source>Workout stopped</source>
            <translation>Séance arrêtée</translation>
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
            <translation>Aucun moteur de synthèse vocale n’est installé (sous Linux : speech-dispatcher).</translation>
        </message>
        <message>
            <source>The {engine} speech engine is starting.</source>
            <translation>Le moteur vocal {engine} démarre.</translation>
        </message>
        <message>
            <source>The {engine} speech engine failed to start.</source>
            <translation>Le moteur vocal {engine} n’a pas pu démarrer.</translation>
        </message>
        <message>
            <source>The {engine} speech engine did not answer within {seconds} s (is an audio server running?); voice is off.</source>
            <translation>Le moteur vocal {engine} n’a pas répondu en {seconds} s (un serveur audio tourne-t-il ?) ; la voix est coupée.</translation>
        </message>
        <message>
            <source>The {engine} engine has no voice for {language}; the cues are sounds and text on the screen.</source>
            <translation>Le moteur {engine} n’a pas de voix pour {language} ; les signaux restent des sons et du texte à l’écran.</translation>
        </message>
        <message>
            <source>The {engine} engine failed: {message}</source>
            <translation>Le moteur {engine} a échoué : {message}</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>erreur inconnue</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rép.</numerusform>
                <numerusform>%n rép.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n série</numerusform>
                <numerusform>%n séries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n étape</numerusform>
                <numerusform>%n étapes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n tour</numerusform>
                <numerusform>%n tours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n exercice</numerusform>
                <numerusform>%n exercices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problème</numerusform>
                <numerusform>%n problèmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more problem(s)</source>
            <translation>
                <numerusform>%n autre problème</numerusform>
                <numerusform>%n autres problèmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n fichier</numerusform>
                <numerusform>%n fichiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s)</source>
            <translation>
                <numerusform>%n routine</numerusform>
                <numerusform>%n routines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rest day(s)</source>
            <translation>
                <numerusform>%n jour de repos</numerusform>
                <numerusform>%n jours de repos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semaine</numerusform>
                <numerusform>%n semaines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) a day</source>
            <translation>
                <numerusform>%n fois par jour</numerusform>
                <numerusform>%n fois par jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) a week</source>
            <translation>
                <numerusform>%n fois par semaine</numerusform>
                <numerusform>%n fois par semaine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n seconde</numerusform>
                <numerusform>%n secondes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n heure</numerusform>
                <numerusform>%n heures</numerusform>
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
            <translation>Tour</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Série</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Rép.</translation>
        </message>
    </context>
</TS>

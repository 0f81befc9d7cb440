<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Advice</name>
        <message>
            <source>Monday</source>
            <translation>lunes</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>martes</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>miércoles</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jueves</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>viernes</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>sábado</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>domingo</translation>
        </message>
        <message>
            <source>January</source>
            <translation>enero</translation>
        </message>
        <message>
            <source>February</source>
            <translation>febrero</translation>
        </message>
        <message>
            <source>March</source>
            <translation>marzo</translation>
        </message>
        <message>
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mayo</translation>
        </message>
        <message>
            <source>June</source>
            <translation>junio</translation>
        </message>
        <message>
            <source>July</source>
            <translation>julio</translation>
        </message>
        <message>
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septiembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octubre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>noviembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>diciembre</translation>
        </message>
        <message numerus="yes">
            <source>%n rest day(s)</source>
            <translation>
                <numerusform>%n día de descanso</numerusform>
                <numerusform>%n días de descanso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>{span} sessions</source>
            <translation>{span} sesiones</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>a date: 16 January 2026</comment>
            <translation>{day} de {month} de {year}</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message>
            <source>on {weekday}</source>
            <translation>el {weekday}</translation>
        </message>
        <message>
            <source>on {date}</source>
            <translation>el {date}</translation>
        </message>
        <message>
            <source>rest until {day}: {rest_days} after a hard leg session</source>
            <translation>descanso hasta el {day}: {rest_days} tras una sesión de piernas intensa</translation>
        </message>
        <message>
            <source>rest until {day} ({rest_days} after a hard leg session)</source>
            <translation>descanso hasta el {day} ({rest_days} tras una sesión de piernas intensa)</translation>
        </message>
        <message>
            <source>not done yet</source>
            <translation>aún no hecha</translation>
        </message>
        <message>
            <source>last done {when}</source>
            <translation>última vez {when}</translation>
        </message>
        <message>
            <source>This routine gives no practice advice; {last_done}.</source>
            <translation>Esta rutina no da consejos de práctica; {last_done}.</translation>
        </message>
        <message>
            <source>{sessions} a day, {done} done today</source>
            <translation>{sessions} al día, hoy: {done}</translation>
        </message>
        <message>
            <source>{sessions} a week, {done} done this week</source>
            <translation>{sessions} por semana, esta semana: {done}</translation>
        </message>
        <message>
            <source>{rest_days} after a hard leg session, {last_done}</source>
            <translation>{rest_days} tras una sesión de piernas intensa, {last_done}</translation>
        </message>
        <message>
            <source>The routine's advice: {parts}.</source>
            <translation>Consejo de la rutina: {parts}.</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between parts of the advice</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>{done} of {span} today</source>
            <translation>{done} de {span} hoy</translation>
        </message>
        <message>
            <source>{done} of {span} this week</source>
            <translation>{done} de {span} esta semana</translation>
        </message>
        <message>
            <source>{parts} (the routine's advice)</source>
            <translation>{parts} (consejo de la rutina)</translation>
        </message>
        <message>
            <source>Not counted: only finished sessions count toward streaks and advice</source>
            <translation>No cuenta: solo las sesiones terminadas cuentan para las rachas y los consejos</translation>
        </message>
        <message>
            <source>Day {streak} in a row</source>
            <translation>Día {streak} seguido</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostrar esta ayuda y salir</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>mostrar el número de versión y salir</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>se esperaba un argumento</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>se esperaba al menos un argumento</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>faltan estos argumentos: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>no permitido con el argumento %s</translation>
        </message>
    </context>
    <context>
        <name>Audio</name>
        <message>
            <source>No sound server (PulseAudio or PipeWire) is running: cues flash instead.</source>
            <translation>No hay ningún servidor de sonido (PulseAudio o PipeWire) en marcha: los avisos parpadean en su lugar.</translation>
        </message>
        <message>
            <source>Three, two, one. Go! This is how the announcements sound.</source>
            <translation>Tres, dos, uno. ¡Ya! Así suenan los avisos.</translation>
        </message>
        <message>
            <source>The new speech engine is used after a restart.</source>
            <translation>El nuevo motor de voz se usará tras reiniciar.</translation>
        </message>
        <message>
            <source>Sounds are muted: unmute to hear them.</source>
            <translation>Los sonidos están silenciados: actívalos para oírlos.</translation>
        </message>
        <message>
            <source>Sound is not ready yet.</source>
            <translation>El sonido aún no está listo.</translation>
        </message>
        <message>
            <source>Sound is not available.</source>
            <translation>El sonido no está disponible.</translation>
        </message>
        <message>
            <source>The sound could not be played.</source>
            <translation>No se pudo reproducir el sonido.</translation>
        </message>
        <message>
            <source>Sounds are muted: unmute to hear the voice.</source>
            <translation>Los sonidos están silenciados: actívalos para oír la voz.</translation>
        </message>
        <message>
            <source>Turn on “Speak announcements” to hear the voice.</source>
            <translation>Activa «Leer los avisos» para oír la voz.</translation>
        </message>
        <message>
            <source>The voice is not ready yet.</source>
            <translation>La voz aún no está lista.</translation>
        </message>
        <message>
            <source>Sound is back.</source>
            <translation>El sonido ha vuelto.</translation>
        </message>
        <message>
            <source>Sounds are loading.</source>
            <translation>Cargando los sonidos.</translation>
        </message>
        <message>
            <source>The sound server is not answering: cues are shown as a flash.</source>
            <translation>El servidor de sonido no responde: los avisos se muestran con un parpadeo.</translation>
        </message>
        <message>
            <source>No audio output device: cues are shown as a flash instead.</source>
            <translation>No hay dispositivo de salida de audio: los avisos se muestran con un parpadeo.</translation>
        </message>
        <message>
            <source>Sounds are not loaded yet.</source>
            <translation>Los sonidos aún no se han cargado.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source> (and {more}: leg-timer validate {file})</source>
            <translation> (y {more}: leg-timer validate {file})</translation>
        </message>
        <message>
            <source>skipped broken routine: {problem}</source>
            <translation>rutina defectuosa omitida: {problem}</translation>
        </message>
        <message>
            <source>(your file: {path})</source>
            <translation>(tu archivo: {path})</translation>
        </message>
        <message>
            <source>{name} ({id}): {steps}, total {time}</source>
            <translation>{name} ({id}): {steps}, total {time}</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>length</source>
            <translation>duración</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>round</source>
            <translation>ronda</translation>
        </message>
        <message>
            <source>set</source>
            <translation>serie</translation>
        </message>
        <message>
            <source>what</source>
            <translation>qué</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>manual</translation>
        </message>
        <message>
            <source> at {seconds} s each</source>
            <translation> a {seconds} s cada una</translation>
        </message>
        <message>
            <source>, at your pace</source>
            <translation>, a tu ritmo</translation>
        </message>
        <message>
            <source>all valid</source>
            <translation>todos válidos</translation>
        </message>
        <message>
            <source>{failed} with {problems}</source>
            <translation>{failed} con {problems}</translation>
        </message>
        <message>
            <source>checked {files}: {verdict}</source>
            <translation>revisión de {files}: {verdict}</translation>
        </message>
        <message>
            <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); list, plan and validate work without one</source>
            <translation>no hay pantalla donde abrir la ventana (no está definida DISPLAY ni WAYLAND_DISPLAY); list, plan y validate funcionan sin ella</translation>
        </message>
        <message>
            <source>cannot read {file}: {error}</source>
            <translation>no se puede leer {file}: {error}</translation>
        </message>
        <message>
            <source>{problem} (nothing was imported)</source>
            <translation>{problem} (no se importó nada)</translation>
        </message>
        <message>
            <source>cannot write {file}: {error} (nothing was imported)</source>
            <translation>no se puede escribir {file}: {error} (no se importó nada)</translation>
        </message>
        <message>
            <source>Imported {sessions} from {file} ({present} already there).</source>
            <translation>Importación desde {file}: {sessions} (ya estaban: {present}).</translation>
        </message>
        <message>
            <source>Imported {sessions} from {file}.</source>
            <translation>Importación desde {file}: {sessions}.</translation>
        </message>
        <message>
            <source>No workouts recorded yet.</source>
            <translation>Aún no hay entrenamientos registrados.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmentos</translation>
        </message>
        <message>
            <source>{done} done</source>
            <translation>{done} hechos</translation>
        </message>
        <message>
            <source>{done}, {skipped} skipped</source>
            <translation>{done}, {skipped} omitidos</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>completada</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>detenida</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrumpida</translation>
        </message>
        <message>
            <source>running</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>Streak: {days} in a row</source>
            <translation>Racha: {days} seguidos</translation>
        </message>
        <message>
            <source>Streak: none going (a day counts when a session on it completed)</source>
            <translation>Racha: ninguna en curso (un día cuenta si se completó una sesión ese día)</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>no se importó nada</translation>
        </message>
        <message>
            <source>Imported {name} as {id} ({format})</source>
            <translation>{name} importada como {id} ({format})</translation>
        </message>
        <message>
            <source>not carried over: {what}</source>
            <translation>no trasladado: {what}</translation>
        </message>
        <message>
            <source>With no command, opens the window.</source>
            <translation>Sin orden, abre la ventana.</translation>
        </message>
        <message>
            <source>Your own routines are the .yaml files in {routines} (with --basedir DIR, DIR/data/routines/); the window's "Open routines folder" opens it. The window logs to {log} (rotated at 1 MiB); with --basedir DIR, under DIR/state/log/.</source>
            <translation>Tus rutinas son los archivos .yaml de {routines} (con --basedir DIR, DIR/data/routines/); «Abrir la carpeta de rutinas» en la ventana la abre. La ventana guarda su registro en {log} (rotación a 1 MiB); con --basedir DIR, en DIR/state/log/.</translation>
        </message>
        <message>
            <source>keep user routines, settings and history under DIR (also $LEG_TIMER_BASEDIR)</source>
            <translation>guardar rutinas, ajustes e historial en DIR (también $LEG_TIMER_BASEDIR)</translation>
        </message>
        <message>
            <source>log everything, to the log file and to stderr</source>
            <translation>registrarlo todo, en el archivo de registro y en stderr</translation>
        </message>
        <message>
            <source>start quietly, for reminders: only the tray icon where there is a tray, else the window minimised (what starting at login does)</source>
            <translation>iniciar en silencio, para recordatorios: solo el icono de la bandeja si la hay, si no la ventana minimizada (como al iniciar sesión)</translation>
        </message>
        <message>
            <source>list every routine with its total time</source>
            <translation>listar todas las rutinas con su tiempo total</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>mostrar JSON en lugar de una tabla</translation>
        </message>
        <message>
            <source>show the segments a routine will run</source>
            <translation>mostrar los segmentos que recorrerá una rutina</translation>
        </message>
        <message>
            <source>a routine id or a path to a YAML file</source>
            <translation>un id de rutina o la ruta de un archivo YAML</translation>
        </message>
        <message>
            <source>check routine files and report every problem</source>
            <translation>comprobar archivos de rutina e informar de cada problema</translation>
        </message>
        <message>
            <source>routine files (a folder means every .yaml file in it)</source>
            <translation>archivos de rutina (una carpeta: todos sus archivos .yaml)</translation>
        </message>
        <message>
            <source>open the window on a routine and start it</source>
            <translation>abrir la ventana con una rutina e iniciarla</translation>
        </message>
        <message>
            <source>start in focus mode</source>
            <translation>iniciar en modo concentración</translation>
        </message>
        <message>
            <source>exit 0 once the session is over (for scripts and tests)</source>
            <translation>salir con 0 al terminar la sesión (para scripts y pruebas)</translation>
        </message>
        <message>
            <source>run with only the tray icon, notifications and sound, no window (the tray's menu shows it); without a tray, the window as usual</source>
            <translation>funcionar solo con el icono de la bandeja, notificaciones y sonido, sin ventana (el menú del icono la muestra); sin bandeja, la ventana como siempre</translation>
        </message>
        <message>
            <source>every workout recorded, oldest first</source>
            <translation>todos los entrenamientos registrados, los más antiguos primero</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>mostrar JSON</translation>
        </message>
        <message>
            <source>print CSV</source>
            <translation>mostrar CSV</translation>
        </message>
        <message>
            <source>add the sessions of a --json or --csv export (those already here are left alone)</source>
            <translation>añadir las sesiones de una exportación --json o --csv (las que ya están se dejan igual)</translation>
        </message>
        <message>
            <source>only sessions from this local day on</source>
            <translation>solo las sesiones desde este día (hora local)</translation>
        </message>
        <message>
            <source>make routines from other interval-timer apps' workout files (see docs/importing.md)</source>
            <translation>crear rutinas a partir de archivos de otras apps de temporizador de intervalos (ver docs/importing.md)</translation>
        </message>
        <message>
            <source>exported workouts: JAWT, OpenHIIT, TimeR Machine, qintervals or a Leg Timer routine</source>
            <translation>entrenamientos exportados: JAWT, OpenHIIT, TimeR Machine, qintervals o una rutina de Leg Timer</translation>
        </message>
        <message>
            <source>read the files as NAME instead of recognising the format: jawt, openhiit, timer-machine, qintervals or leg-timer</source>
            <translation>leer los archivos como NAME en lugar de reconocer el formato: jawt, openhiit, timer-machine, qintervals o leg-timer</translation>
        </message>
        <message>
            <source>print JSON: id, name, path, format and dropped of each routine</source>
            <translation>mostrar JSON: id, name, path, format y dropped de cada rutina</translation>
        </message>
        <message>
            <source>what each routine's practice advice says today</source>
            <translation>lo que dicen hoy los consejos de práctica de cada rutina</translation>
        </message>
        <message>
            <source>the practice reminders and when each comes next (set them in the window: Ctrl+R)</source>
            <translation>los recordatorios de práctica y cuándo llega cada uno (se ajustan en la ventana: Ctrl+R)</translation>
        </message>
        <message>
            <source>the data folder's routines/</source>
            <translation>routines/ de la carpeta de datos</translation>
        </message>
        <message>
            <source>the state folder</source>
            <translation>la carpeta de estado</translation>
        </message>
        <message>
            <source>not a YYYY-MM-DD date: {text}</source>
            <translation>no es una fecha AAAA-MM-DD: {text}</translation>
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
            <translation>Prepárate</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Cambia de lado</translation>
        </message>
        <message>
            <source>Last set</source>
            <translation>Última serie</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>Mitad</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Entrenamiento completado</translation>
        </message>
        <message>
            <source>Session complete</source>
            <translation>Sesión completada</translation>
        </message>
        <message>
            <source>Round {number} of {total}</source>
            <translation>Ronda {number} de {total}</translation>
        </message>
        <message numerus="yes">
            <source>%n reps</source>
            <comment>spoken at the start of a rep set</comment>
            <translation>
                <numerusform>%n repetición</numerusform>
                <numerusform>%n repeticiones</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}, left side</source>
            <translation>{name}, lado izquierdo</translation>
        </message>
        <message>
            <source>{name}, right side</source>
            <translation>{name}, lado derecho</translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>Siguiente: {name}</translation>
        </message>
        <message>
            <source>, set {number} of {total}</source>
            <translation>, serie {number} de {total}</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>GET READY</source>
            <translation>PREPÁRATE</translation>
        </message>
        <message>
            <source>WORK</source>
            <translation>TRABAJO</translation>
        </message>
        <message>
            <source>REST</source>
            <translation>DESCANSO</translation>
        </message>
        <message>
            <source>HOLD</source>
            <translation>MANTENER</translation>
        </message>
        <message>
            <source>REPS</source>
            <translation>REPETICIONES</translation>
        </message>
        <message>
            <source>SWITCH SIDES</source>
            <translation>CAMBIA DE LADO</translation>
        </message>
        <message>
            <source>ROUND REST</source>
            <translation>DESCANSO ENTRE RONDAS</translation>
        </message>
        <message>
            <source>COOL-DOWN</source>
            <translation>VUELTA A LA CALMA</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Lado izquierdo</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Lado derecho</translation>
        </message>
        <message>
            <source>{name} (left)</source>
            <translation>{name} (izquierda)</translation>
        </message>
        <message>
            <source>{name} (right)</source>
            <translation>{name} (derecha)</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Siguiente: fin</translation>
        </message>
        <message>
            <source>Next: {exercise}</source>
            <translation>Siguiente: {exercise}</translation>
        </message>
        <message>
            <source>{next} · in {time}</source>
            <translation>{next} · en {time}</translation>
        </message>
        <message>
            <source>{next} · after {time}</source>
            <translation>{next} · tras {time}</translation>
        </message>
        <message>
            <source>Coming up: {exercise}</source>
            <translation>A continuación: {exercise}</translation>
        </message>
        <message>
            <source>Press {key} when done</source>
            <translation>Pulsa {key} al terminar</translation>
        </message>
        <message>
            <source>{reps} · press {key} when done</source>
            <translation>{reps} · pulsa {key} al terminar</translation>
        </message>
        <message>
            <source>{time} done</source>
            <translation>{time} hechos</translation>
        </message>
        <message>
            <source>{left} left of {total}</source>
            <translation>quedan {left} de {total}</translation>
        </message>
        <message>
            <source>Paused · {title}</source>
            <translation>En pausa · {title}</translation>
        </message>
        <message>
            <source>at your pace</source>
            <translation>a tu ritmo</translation>
        </message>
        <message>
            <source>Finished, {skipped} skipped</source>
            <translation>Terminado, sin {skipped}</translation>
        </message>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Entrenamiento completado</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Stopped after {done} of {steps}</source>
            <translation>Detenido tras {done} de {steps}</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Detenido</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no steps skipped</comment>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} de {total}</translation>
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
            <translation>no existe el archivo de rutina {file}</translation>
        </message>
        <message>
            <source>--set expects NAME=VALUE, not {text}</source>
            <translation>--set espera NOMBRE=VALOR, no {text}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>{routine} has no parameter {name} (its parameters: {known})</source>
            <translation>{routine} no tiene el parámetro {name} (sus parámetros: {known})</translation>
        </message>
        <message>
            <source>{name} must be a number, not {text}</source>
            <translation>{name} debe ser un número, no {text}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New routine…</source>
            <translation>&amp;Nueva rutina…</translation>
        </message>
        <message>
            <source>&amp;Open routine file…</source>
            <translation>&amp;Abrir archivo de rutina…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>Guardar una &amp;copia como…</translation>
        </message>
        <message>
            <source>Open routines &amp;folder</source>
            <translation>Abrir la &amp;carpeta de rutinas</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Routine</source>
            <translation>&amp;Rutina</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Iniciar</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>D&amp;uplicate…</source>
            <translation>D&amp;uplicar…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>&amp;Deshacer eliminación</translation>
        </message>
        <message>
            <source>&amp;Reminders…</source>
            <translation>&amp;Recordatorios…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Ajustes…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
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
            <translation>Ningún entrenamiento en curso</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>EN PAUSA</translation>
        </message>
        <message>
            <source>Drag to move · double-click to open Leg Timer</source>
            <translation>Arrastra para mover · doble clic para abrir Leg Timer</translation>
        </message>
        <message>
            <source>DONE</source>
            <translation>HECHO</translation>
        </message>
        <message>
            <source>FINISHED</source>
            <translation>TERMINADO</translation>
        </message>
        <message>
            <source>STOPPED</source>
            <translation>DETENIDO</translation>
        </message>
        <message>
            <source>{key} during a workout shows a small timer; drag it anywhere, double-click it to come back here.</source>
            <translation>{key} durante un entrenamiento muestra un temporizador pequeño; arrástralo donde quieras y haz doble clic para volver aquí.</translation>
        </message>
        <message>
            <source>{line} It stays above other windows.</source>
            <translation>{line} Se mantiene por encima de otras ventanas.</translation>
        </message>
        <message>
            <source>{line} On Wayland it is an ordinary small window: the window system does not let applications keep a window above the others.</source>
            <translation>{line} En Wayland es una ventana pequeña normal: el sistema de ventanas no permite a las aplicaciones mantener una ventana por encima de las demás.</translation>
        </message>
    </context>
    <context>
        <name>Outside</name>
        <message>
            <source>No workout running</source>
            <translation>Ningún entrenamiento en curso</translation>
        </message>
        <message>
            <source>Paused · {step}</source>
            <translation>En pausa · {step}</translation>
        </message>
        <message>
            <source>{time} done</source>
            <translation>{time} hechos</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>quedan {time}</translation>
        </message>
        <message>
            <source>{reps} at your pace</source>
            <translation>{reps} a tu ritmo</translation>
        </message>
        <message>
            <source>at your pace</source>
            <translation>a tu ritmo</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>notification button</comment>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Next</source>
            <comment>notification button</comment>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>{routine} · {time} of exercise</source>
            <translation>{routine} · {time} de ejercicio</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>No reminders. Set one in the window: select a routine, then Routine &gt; Reminders… (Ctrl+R).</source>
            <translation>No hay recordatorios. Crea uno en la ventana: elige una rutina y luego Rutina &gt; Recordatorios… (Ctrl+R).</translation>
        </message>
        <message>
            <source>off</source>
            <comment>a reminder turned off</comment>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>lunes</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>martes</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>miércoles</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jueves</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>viernes</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>sábado</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>domingo</translation>
        </message>
        <message>
            <source>choose at least one day of the week</source>
            <translation>elige al menos un día de la semana</translation>
        </message>
        <message>
            <source>give at least one time of day</source>
            <translation>indica al menos una hora</translation>
        </message>
        <message>
            <source>give at most {count} times of day</source>
            <translation>indica como máximo {count} horas</translation>
        </message>
        <message>
            <source>the number a day must be 1 to {most}</source>
            <translation>el número al día debe ser de 1 a {most}</translation>
        </message>
        <message>
            <source>the last time must come after the first</source>
            <translation>la última hora debe ser posterior a la primera</translation>
        </message>
        <message>
            <source>the last time must not come before the first</source>
            <translation>la última hora no puede ser anterior a la primera</translation>
        </message>
        <message>
            <source>{text} is not a time of day like 09:00</source>
            <translation>{text} no es una hora como 09:00</translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} y {last}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between listed items</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>every day</source>
            <translation>todos los días</translation>
        </message>
        <message>
            <source>on weekdays</source>
            <translation>entre semana</translation>
        </message>
        <message>
            <source>at weekends</source>
            <translation>los fines de semana</translation>
        </message>
        <message>
            <source>on {days}</source>
            <translation>el {days}</translation>
        </message>
        <message>
            <source>{days} at {times}</source>
            <translation>{days} a las {times}</translation>
        </message>
        <message>
            <source>once a day between {start} and {end}, {days}</source>
            <translation>una vez al día entre las {start} y las {end}, {days}</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) a day between {start} and {end}, {days}</source>
            <translation>
                <numerusform>%n vez al día entre las {start} y las {end}, {days}</numerusform>
                <numerusform>%n veces al día entre las {start} y las {end}, {days}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineText</name>
        <message>
            <source>{sets} at your pace</source>
            <translation>{sets} a tu ritmo</translation>
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
            <translation>, a tu ritmo</translation>
        </message>
        <message>
            <source>, {time} each</source>
            <translation>, {time} cada una</translation>
        </message>
        <message>
            <source>work {time}</source>
            <translation>trabajo {time}</translation>
        </message>
        <message>
            <source>hold {time}</source>
            <translation>mantener {time}</translation>
        </message>
        <message>
            <source>, right then left</source>
            <translation>, derecha y luego izquierda</translation>
        </message>
        <message>
            <source>, left then right</source>
            <translation>, izquierda y luego derecha</translation>
        </message>
        <message>
            <source>, right side</source>
            <translation>, lado derecho</translation>
        </message>
        <message>
            <source>, left side</source>
            <translation>, lado izquierdo</translation>
        </message>
        <message>
            <source>{low}–{high} times a day</source>
            <translation>{low}–{high} veces al día</translation>
        </message>
        <message>
            <source>{low}–{high} times a week</source>
            <translation>{low}–{high} veces por semana</translation>
        </message>
        <message>
            <source>rest {days} afterwards</source>
            <translation>después, {days} de descanso</translation>
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
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Safety:</source>
            <translation>Seguridad:</translation>
        </message>
        <message>
            <source>Cool-down: {label}</source>
            <translation>Vuelta a la calma: {label}</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>Con qué frecuencia</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Fuente: {source}</translation>
        </message>
        <message>
            <source>This routine file could not be loaded, so it cannot be started. Fix these problems and restart Leg Timer (or run {command}):</source>
            <translation>No se pudo cargar este archivo de rutina, así que no se puede iniciar. Corrige estos problemas y reinicia Leg Timer (o ejecuta {command}):</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Start, pause or resume the workout</source>
            <translation>Iniciar, pausar o reanudar el entrenamiento</translation>
        </message>
        <message>
            <source>Done with a rep set at your own pace; in the jump list, jump to the chosen exercise; in the list, start the selected routine; on the summary, back to the list</source>
            <translation>Serie a tu ritmo terminada; en la lista de saltos, ir al ejercicio elegido; en la lista, iniciar la rutina elegida; en el resumen, volver a la lista</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Saltar al siguiente paso</translation>
        </message>
        <message>
            <source>Previous step (restarts the step when more than 2 s in)</source>
            <translation>Paso anterior (reinicia el paso si lleva más de 2 s)</translation>
        </message>
        <message>
            <source>Add {seconds} seconds to this step (the number pad's + too)</source>
            <translation>Añadir {seconds} segundos a este paso (también el + del teclado numérico)</translation>
        </message>
        <message>
            <source>Take {seconds} seconds off this step (the number pad's - too)</source>
            <translation>Quitar {seconds} segundos a este paso (también el - del teclado numérico)</translation>
        </message>
        <message>
            <source>Restart the routine from the beginning (asks first during a workout); on the summary, do it again</source>
            <translation>Reiniciar la rutina desde el principio (pregunta antes durante un entrenamiento); en el resumen, repetirla</translation>
        </message>
        <message>
            <source>Close the jump list or this overlay, or leave focus mode; stop the workout (asks first while it runs); on the summary, back to the list; on the history, back where you came from</source>
            <translation>Cerrar la lista de saltos o esta ventana, o salir del modo concentración; detener el entrenamiento (pregunta antes si está en curso); en el resumen, volver a la lista; en el historial, volver a donde estabas</translation>
        </message>
        <message>
            <source>Focus mode: full screen and larger, without the key hints (also double-click the countdown)</source>
            <translation>Modo concentración: pantalla completa y más grande, sin las ayudas de teclas (también doble clic en la cuenta atrás)</translation>
        </message>
        <message>
            <source>Show or hide the exercise's instructions and safety note (shown when they fit)</source>
            <translation>Mostrar u ocultar las instrucciones y la nota de seguridad del ejercicio (se muestran si caben)</translation>
        </message>
        <message>
            <source>Jump list: pick any exercise of the routine (type to filter, ↑ ↓ to choose, Enter jumps there, Esc closes)</source>
            <translation>Lista de saltos: elige cualquier ejercicio de la rutina (escribe para filtrar, ↑ ↓ para elegir, Intro salta allí, Esc cierra)</translation>
        </message>
        <message>
            <source>Mute or unmute sounds and voice</source>
            <translation>Silenciar o activar sonidos y voz</translation>
        </message>
        <message>
            <source>Mini timer: a small window that stays above other windows, with the time, the exercise and its side; the workout keys work in it, double-click it to come back</source>
            <translation>Minitemporizador: una ventana pequeña por encima de las demás, con el tiempo, el ejercicio y su lado; las teclas del entrenamiento funcionan en ella, doble clic para volver</translation>
        </message>
        <message>
            <source>Show or hide this list of shortcuts</source>
            <translation>Mostrar u ocultar esta lista de atajos</translation>
        </message>
        <message>
            <source>Search the routines (or just start typing in the list)</source>
            <translation>Buscar rutinas (o empieza a escribir en la lista)</translation>
        </message>
        <message>
            <source>Open the routines folder (your own routine files) in the file manager</source>
            <translation>Abrir la carpeta de rutinas (tus propios archivos) en el gestor de archivos</translation>
        </message>
        <message>
            <source>New routine, made in the routine editor</source>
            <translation>Nueva rutina, creada en el editor de rutinas</translation>
        </message>
        <message>
            <source>Open a routine file and start it, without adding it to your routines (as leg-timer run FILE)</source>
            <translation>Abrir un archivo de rutina e iniciarlo sin añadirlo a tus rutinas (como leg-timer run FILE)</translation>
        </message>
        <message>
            <source>Import routine files (.yaml, .yml, .json) into your routines; dropping files on the window does the same</source>
            <translation>Importar archivos de rutina (.yaml, .yml, .json) a tus rutinas; soltar archivos en la ventana hace lo mismo</translation>
        </message>
        <message>
            <source>Edit the selected routine of your own (a built-in one is duplicated instead)</source>
            <translation>Editar tu rutina elegida (una incorporada se duplica en su lugar)</translation>
        </message>
        <message>
            <source>Duplicate the selected routine as a new one of your own, in the editor (the way to change a built-in routine)</source>
            <translation>Duplicar la rutina elegida como una nueva propia, en el editor (la forma de cambiar una rutina incorporada)</translation>
        </message>
        <message>
            <source>Delete the selected routine of your own (its file goes to the deleted-routines folder beside your routines folder; Ctrl+Z brings it back)</source>
            <translation>Eliminar tu rutina elegida (su archivo va a la carpeta de rutinas eliminadas, junto a tu carpeta de rutinas; Ctrl+Z la recupera)</translation>
        </message>
        <message>
            <source>Bring back the routine just deleted</source>
            <translation>Recuperar la rutina recién eliminada</translation>
        </message>
        <message>
            <source>Save a copy of the selected routine's file where you choose (to share it)</source>
            <translation>Guardar una copia del archivo de la rutina elegida donde quieras (para compartirla)</translation>
        </message>
        <message>
            <source>Reminders for the selected routine: at times of day or spread over the day, on chosen weekdays (offered from its practice advice); and starting at login</source>
            <translation>Recordatorios para la rutina elegida: a horas concretas o repartidos durante el día, los días elegidos (propuestos según sus consejos de práctica); e inicio al iniciar sesión</translation>
        </message>
        <message>
            <source>Settings: volume, voice, countdown ticks, get-ready time, theme</source>
            <translation>Ajustes: volumen, voz, tictac de la cuenta atrás, tiempo de preparación, tema</translation>
        </message>
        <message>
            <source>Quit (asks first while a workout is under way)</source>
            <translation>Salir (pregunta antes si hay un entrenamiento en curso)</translation>
        </message>
        <message>
            <source>Workout history: calendar, weekly minutes, streaks, every session (Delete removes one, Ctrl+Z brings it back)</source>
            <translation>Historial de entrenamientos: calendario, minutos por semana, rachas, cada sesión (Supr elimina una, Ctrl+Z la recupera)</translation>
        </message>
        <message>
            <source>Workout history, from the list (where H types into the search)</source>
            <translation>Historial de entrenamientos, desde la lista (donde H se escribe en la búsqueda)</translation>
        </message>
        <message>
            <source>list</source>
            <translation>lista</translation>
        </message>
        <message>
            <source>workout</source>
            <translation>entrenamiento</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>resumen</translation>
        </message>
        <message>
            <source>history</source>
            <translation>historial</translation>
        </message>
        <message>
            <source>everywhere</source>
            <translation>en todas partes</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between page names</comment>
            <translation>, </translation>
        </message>
        <message>
            <source> or </source>
            <comment>between keys</comment>
            <translation> o </translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supr</translation>
        </message>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Mayús</translation>
        </message>
        <message>
            <source>{key} resume</source>
            <translation>{key} reanudar</translation>
        </message>
        <message>
            <source>{key} pause</source>
            <translation>{key} pausa</translation>
        </message>
        <message>
            <source>{keys} steps</source>
            <translation>{keys} pasos</translation>
        </message>
        <message>
            <source>{keys} {seconds} s</source>
            <translation>{keys} {seconds} s</translation>
        </message>
        <message>
            <source>{key} jump</source>
            <translation>{key} saltar</translation>
        </message>
        <message>
            <source>{key} guide</source>
            <translation>{key} guía</translation>
        </message>
        <message>
            <source>{key} stop</source>
            <translation>{key} detener</translation>
        </message>
        <message>
            <source>{key} focus</source>
            <translation>{key} concentración</translation>
        </message>
        <message>
            <source>{key} all keys</source>
            <translation>{key} todas las teclas</translation>
        </message>
    </context>
    <context>
        <name>Spoken</name>
        <message>
            <source>Get ready</source>
            <translation>Prepárate</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Trabajo</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Cambia de lado</translation>
        </message>
        <message>
            <source>Round rest</source>
            <translation>Descanso entre rondas</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Vuelta a la calma</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>lado izquierdo</translation>
        </message>
        <message>
            <source>right side</source>
            <translation>lado derecho</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>press Enter when done</source>
            <translation>pulsa Intro al terminar</translation>
        </message>
        <message>
            <source>{time} done</source>
            <translation>{time} hechos</translation>
        </message>
        <message>
            <source>round {current} of {total}</source>
            <translation>ronda {current} de {total}</translation>
        </message>
        <message>
            <source>set {current} of {total}</source>
            <translation>serie {current} de {total}</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pausa</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Reanudado</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omitido</translation>
        </message>
        <message>
            <source>Time changed, {length} left</source>
            <translation>Tiempo cambiado, quedan {length}</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>Mitad</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Entrenamiento completado</translation>
        </message>
        <message>
            <source>Workout stopped</source>
            <translation>Entrenamiento detenido</translation>
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
            <translation>No hay ningún motor de voz instalado (en Linux: speech-dispatcher).</translation>
        </message>
        <message>
            <source>The {engine} speech engine is starting.</source>
            <translation>El motor de voz {engine} se está iniciando.</translation>
        </message>
        <message>
            <source>The {engine} speech engine failed to start.</source>
            <translation>El motor de voz {engine} no pudo iniciarse.</translation>
        </message>
        <message>
            <source>The {engine} speech engine did not answer within {seconds} s (is an audio server running?); voice is off.</source>
            <translation>El motor de voz {engine} no respondió en {seconds} s (¿hay un servidor de audio en marcha?); la voz está desactivada.</translation>
        </message>
        <message>
            <source>The {engine} engine has no voice for {language}; the cues are sounds and text on the screen.</source>
            <translation>El motor {engine} no tiene voz para {language}; los avisos son sonidos y texto en pantalla.</translation>
        </message>
        <message>
            <source>The {engine} engine failed: {message}</source>
            <translation>El motor {engine} falló: {message}</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>error desconocido</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep.</numerusform>
                <numerusform>%n reps.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n serie</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n paso</numerusform>
                <numerusform>%n pasos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segmento</numerusform>
                <numerusform>%n segmentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n ronda</numerusform>
                <numerusform>%n rondas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n ejercicio</numerusform>
                <numerusform>%n ejercicios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problema</numerusform>
                <numerusform>%n problemas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more problem(s)</source>
            <translation>
                <numerusform>%n problema más</numerusform>
                <numerusform>%n problemas más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n archivo</numerusform>
                <numerusform>%n archivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n entrenamiento</numerusform>
                <numerusform>%n entrenamientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s)</source>
            <translation>
                <numerusform>%n rutina</numerusform>
                <numerusform>%n rutinas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rest day(s)</source>
            <translation>
                <numerusform>%n día de descanso</numerusform>
                <numerusform>%n días de descanso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semana</numerusform>
                <numerusform>%n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) a day</source>
            <translation>
                <numerusform>%n vez al día</numerusform>
                <numerusform>%n veces al día</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) a week</source>
            <translation>
                <numerusform>%n vez por semana</numerusform>
                <numerusform>%n veces por semana</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hora</numerusform>
                <numerusform>%n horas</numerusform>
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
            <translation>Ronda</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Rep.</translation>
        </message>
    </context>
</TS>

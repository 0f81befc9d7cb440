<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Accessible</name>
        <message>
            <source>: </source>
            <translation>: </translation>
        </message>
        <message>
            <source>{percent}% done</source>
            <translation>{percent} % hecho</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Keyboard shortcuts title</source>
            <translation>Título de los atajos de teclado</translation>
        </message>
        <message>
            <source>Shortcut list</source>
            <translation>Lista de atajos</translation>
        </message>
        <message>
            <source>Every keyboard shortcut: keys, what they do, where</source>
            <translation>Todos los atajos de teclado: teclas, qué hacen, dónde</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Alt+Up and Alt+Down move the chosen exercise, Delete removes it, Ctrl+D duplicates it</source>
            <translation>Alt+Arriba y Alt+Abajo mueven el ejercicio elegido, Supr lo quita, Ctrl+D lo duplica</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>Add parameter</source>
            <translation>Añadir parámetro</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Tiempo total</translation>
        </message>
        <message>
            <source>First segments</source>
            <translation>Primeros segmentos</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Línea de tiempo</translation>
        </message>
        <message>
            <source>Routine editor</source>
            <translation>Editor de rutinas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Routine form</source>
            <translation>Formulario de la rutina</translation>
        </message>
        <message>
            <source>Adjustable values</source>
            <translation>Valores ajustables</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barra de menús</translation>
        </message>
        <message>
            <source>Mini timer</source>
            <translation>Minitemporizador</translation>
        </message>
        <message>
            <source>Segment kind</source>
            <translation>Tipo de segmento</translation>
        </message>
        <message>
            <source>Time left in this segment</source>
            <translation>Tiempo restante de este segmento</translation>
        </message>
        <message>
            <source>Remind me</source>
            <translation>Recordármelo</translation>
        </message>
        <message>
            <source>Times of day</source>
            <translation>Horas del día</translation>
        </message>
        <message>
            <source>Times like 09:00, separated by commas</source>
            <translation>Horas como 09:00, separadas por comas</translation>
        </message>
        <message>
            <source>Times a day</source>
            <translation>Veces al día</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Use the routine's advice</source>
            <translation>Usar el consejo de la rutina</translation>
        </message>
        <message>
            <source>What the reminder does</source>
            <translation>Qué hace el recordatorio</translation>
        </message>
        <message>
            <source>Start Leg Timer at login</source>
            <translation>Iniciar Leg Timer al iniciar sesión</translation>
        </message>
        <message>
            <source>Workout</source>
            <translation>Entrenamiento</translation>
        </message>
        <message>
            <source>Round and set</source>
            <translation>Ronda y serie</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Next segment</source>
            <translation>Siguiente segmento</translation>
        </message>
        <message>
            <source>Session time done</source>
            <translation>Tiempo de sesión hecho</translation>
        </message>
        <message>
            <source>Session time left</source>
            <translation>Tiempo de sesión restante</translation>
        </message>
        <message>
            <source>Session progress</source>
            <translation>Progreso de la sesión</translation>
        </message>
        <message>
            <source>Keyboard hints</source>
            <translation>Ayuda de teclado</translation>
        </message>
        <message>
            <source>Workout history</source>
            <translation>Historial de entrenamientos</translation>
        </message>
        <message>
            <source>History heading</source>
            <translation>Título del historial</translation>
        </message>
        <message>
            <source>Streaks</source>
            <translation>Rachas</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Totals per routine</source>
            <translation>Totales por rutina</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Session columns</source>
            <translation>Columnas de sesiones</translation>
        </message>
        <message>
            <source>History notice</source>
            <translation>Aviso del historial</translation>
        </message>
        <message>
            <source>Delete the selected session</source>
            <translation>Eliminar la sesión elegida</translation>
        </message>
        <message>
            <source>Undo the deletion</source>
            <translation>Deshacer la eliminación</translation>
        </message>
        <message>
            <source>Jump list</source>
            <translation>Lista de salto</translation>
        </message>
        <message>
            <source>Filter the exercises</source>
            <translation>Filtrar los ejercicios</translation>
        </message>
        <message>
            <source>Exercises of the routine</source>
            <translation>Ejercicios de la rutina</translation>
        </message>
        <message>
            <source>Routine details</source>
            <translation>Detalles de la rutina</translation>
        </message>
        <message>
            <source>Routine name</source>
            <translation>Nombre de la rutina</translation>
        </message>
        <message>
            <source>Practice advice</source>
            <translation>Consejo de práctica</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Value refused</source>
            <translation>Valor rechazado</translation>
        </message>
        <message>
            <source>Reset to the routine's defaults</source>
            <translation>Volver a los valores de la rutina</translation>
        </message>
        <message>
            <source>Exercises, instructions and notes</source>
            <translation>Ejercicios, instrucciones y notas</translation>
        </message>
        <message>
            <source>{label}: allowed values</source>
            <translation>{label}: valores permitidos</translation>
        </message>
        <message>
            <source>{label}: hint</source>
            <translation>{label}: pista</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voz</translation>
        </message>
        <message>
            <source>Voice rate</source>
            <translation>Velocidad de la voz</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>Probar el sonido</translation>
        </message>
        <message>
            <source>Test voice</source>
            <translation>Probar la voz</translation>
        </message>
        <message>
            <source>Test result</source>
            <translation>Resultado de la prueba</translation>
        </message>
        <message>
            <source>Countdown length</source>
            <translation>Duración de la cuenta atrás</translation>
        </message>
        <message>
            <source>Get-ready seconds</source>
            <translation>Segundos de preparación</translation>
        </message>
        <message>
            <source>After sleep</source>
            <translation>Tras la suspensión</translation>
        </message>
        <message>
            <source>Pause when the screen locks</source>
            <translation>Pausar al bloquear la pantalla</translation>
        </message>
        <message>
            <source>Desktop notifications</source>
            <translation>Notificaciones de escritorio</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Archivo de registro</translation>
        </message>
        <message>
            <source>Workout summary</source>
            <translation>Resumen del entrenamiento</translation>
        </message>
        <message>
            <source>Summary heading</source>
            <translation>Título del resumen</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>How this session counts</source>
            <translation>Cómo cuenta esta sesión</translation>
        </message>
        <message>
            <source>Active time</source>
            <translation>Tiempo activo</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>Pasos hechos</translation>
        </message>
        <message>
            <source>Steps skipped</source>
            <translation>Pasos saltados</translation>
        </message>
        <message>
            <source>Back to routines</source>
            <translation>Volver a las rutinas</translation>
        </message>
        <message>
            <source>Repeat this workout</source>
            <translation>Repetir este entrenamiento</translation>
        </message>
        <message>
            <source>Undo notice</source>
            <translation>Aviso de deshacer</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Lo que se hizo</translation>
        </message>
        <message>
            <source>Exercise instructions</source>
            <translation>Instrucciones del ejercicio</translation>
        </message>
        <message>
            <source>Routine picker</source>
            <translation>Selector de rutinas</translation>
        </message>
        <message>
            <source>Search routines</source>
            <translation>Buscar rutinas</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>Filtrar por etiqueta</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Rutinas</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Sin resultados</translation>
        </message>
        <message>
            <source>Start the selected routine</source>
            <translation>Iniciar la rutina elegida</translation>
        </message>
        <message>
            <source>Open routines folder</source>
            <translation>Abrir la carpeta de rutinas</translation>
        </message>
        <message>
            <source>Loading progress</source>
            <translation>Progreso de carga</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>{problem}: settings are kept for this session only.</source>
            <translation>{problem}: los ajustes solo se guardan durante esta sesión.</translation>
        </message>
        <message>
            <source>there is no system tray on this desktop; showing the window instead.</source>
            <translation>este escritorio no tiene bandeja del sistema; se muestra la ventana.</translation>
        </message>
        <message>
            <source>Sound could not be set up ({error}); cues flash instead.</source>
            <translation>No se pudo configurar el sonido ({error}); las señales parpadean en su lugar.</translation>
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <source>cannot write {file}: {error}</source>
            <translation>no se puede escribir {file}: {error}</translation>
        </message>
        <message>
            <source>cannot remove {file}: {error}</source>
            <translation>no se puede eliminar {file}: {error}</translation>
        </message>
    </context>
    <context>
        <name>ChoiceField</name>
        <message>
            <source>{value} (as written)</source>
            <translation>{value} (tal como está escrito)</translation>
        </message>
    </context>
    <context>
        <name>CountdownView</name>
        <message>
            <source>PAUSED · {key} resumes</source>
            <translation>EN PAUSA · {key} reanuda</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>EN PAUSA</translation>
        </message>
        <message>
            <source>GET READY</source>
            <translation>PREPÁRATE</translation>
        </message>
        <message>
            <source>MUTED</source>
            <translation>SILENCIADO</translation>
        </message>
    </context>
    <context>
        <name>CrashReport</name>
        <message>
            <source>The full details are in the log file:
{file}</source>
            <translation>Todos los detalles están en el archivo de registro:
{file}</translation>
        </message>
        <message>
            <source>No log file could be written, so the details went only to the terminal (standard error), if there is one.</source>
            <translation>No se pudo escribir ningún archivo de registro; los detalles solo se enviaron al terminal (salida de error), si lo hay.</translation>
        </message>
        <message>
            <source>Something went wrong in {app}.</source>
            <translation>Algo salió mal en {app}.</translation>
        </message>
        <message>
            <source>What happened: {summary}</source>
            <translation>Qué pasó: {summary}</translation>
        </message>
        <message>
            <source>If it happens again, please include the log when you report it.</source>
            <translation>Si vuelve a ocurrir, incluye el registro al informar del problema.</translation>
        </message>
        <message>
            <source>{app} – something went wrong</source>
            <translation>{app}: algo salió mal</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Abrir carpeta de registros</translation>
        </message>
    </context>
    <context>
        <name>CueSection</name>
        <message>
            <source>As {inherited}</source>
            <translation>Como {inherited}</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>as {inherited}</source>
            <translation>como {inherited}</translation>
        </message>
        <message>
            <source>Sound at the start:</source>
            <translation>Sonido al inicio:</translation>
        </message>
        <message>
            <source>Sound at the end:</source>
            <translation>Sonido al final:</translation>
        </message>
        <message>
            <source>Halfway sound:</source>
            <translation>Sonido a la mitad:</translation>
        </message>
        <message>
            <source>At half time, on segments of 20 s or more</source>
            <translation>A mitad de tiempo, en segmentos de 20 s o más</translation>
        </message>
        <message>
            <source>Countdown ticks:</source>
            <translation>Tics de cuenta atrás:</translation>
        </message>
        <message>
            <source>3 ticks 3-2-1 before the end; 0 for none; at most 10</source>
            <translation>3 tics 3-2-1 antes del final; 0 para ninguno; 10 como máximo</translation>
        </message>
        <message>
            <source>Bell every:</source>
            <translation>Campana cada:</translation>
        </message>
        <message>
            <source>A bell every so often inside long holds, e.g. 5min; 0 for none</source>
            <translation>Una campana de vez en cuando en los mantenimientos largos, p. ej. 5min; 0 para ninguna</translation>
        </message>
        <message>
            <source>Sound style:</source>
            <translation>Estilo de sonido:</translation>
        </message>
        <message>
            <source>Beep</source>
            <translation>Pitido</translation>
        </message>
        <message>
            <source>Bell</source>
            <translation>Campana</translation>
        </message>
        <message>
            <source>Beep for workouts, a soft bell for relaxation poses</source>
            <translation>Pitido para entrenar, una campana suave para posturas de relajación</translation>
        </message>
    </context>
    <context>
        <name>DayHeatMap</name>
        <message>
            <source>Last {weeks} weeks, from {first}: {minutes} on {days}</source>
            <translation>Últimas {weeks} semanas, desde {first}: {minutes} en {days}</translation>
        </message>
        <message>
            <source>; most on {day} ({minutes})</source>
            <translation>; el máximo el {day} ({minutes})</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>exercise {number}</source>
            <translation>ejercicio {number}</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>rutina</translation>
        </message>
        <message>
            <source>line {line}: </source>
            <translation>línea {line}: </translation>
        </message>
        <message>
            <source>Exercise {number}: </source>
            <translation>Ejercicio {number}: </translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Save the changes to this routine before closing?</source>
            <translation>¿Guardar los cambios de esta rutina antes de cerrar?</translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <source>Could not open {file} ({error}); starting a new routine.</source>
            <translation>No se pudo abrir {file} ({error}); se empieza una rutina nueva.</translation>
        </message>
        <message>
            <source>Copy of {name}</source>
            <translation>Copia de {name}</translation>
        </message>
        <message>
            <source>Adjustable values ($name)</source>
            <translation>Valores ajustables ($name)</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>E&amp;xercises (Alt+Up, Alt+Down to move):</source>
            <translation>E&amp;jercicios (Alt+Arriba, Alt+Abajo para mover):</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>&amp;Up</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <source>Do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save ({keys})</source>
            <translation>Guardar ({keys})</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Z or Ctrl+Y</source>
            <translation>Ctrl+Mayús+Z o Ctrl+Y</translation>
        </message>
        <message>
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>Editar {field}</translation>
        </message>
        <message>
            <source>Add exercise</source>
            <translation>Añadir ejercicio</translation>
        </message>
        <message>
            <source>Duplicate exercise</source>
            <translation>Duplicar ejercicio</translation>
        </message>
        <message>
            <source>Remove exercise</source>
            <translation>Quitar ejercicio</translation>
        </message>
        <message>
            <source>Move exercise</source>
            <translation>Mover ejercicio</translation>
        </message>
        <message>
            <source>{exercise}  ⚠ problem</source>
            <translation>{exercise}  ⚠ problema</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>No guardado: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>(and %n more)</source>
            <translation>
                <numerusform>(y %n más)</numerusform>
                <numerusform>(y %n más)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved as {file}</source>
            <translation>Guardado como {file}</translation>
        </message>
        <message>
            <source>new file</source>
            <translation>archivo nuevo</translation>
        </message>
        <message>
            <source>Routine editor – {file}[*]</source>
            <translation>Editor de rutinas – {file}[*]</translation>
        </message>
    </context>
    <context>
        <name>ExerciseForm</name>
        <message>
            <source>Timed work</source>
            <translation>Trabajo cronometrado</translation>
        </message>
        <message>
            <source>Timed hold</source>
            <translation>Mantener cronometrado</translation>
        </message>
        <message>
            <source>Reps per set</source>
            <translation>Repeticiones por serie</translation>
        </message>
        <message>
            <source>Total reps over sets</source>
            <translation>Repeticiones totales en series</translation>
        </message>
        <message>
            <source>One side only (default)</source>
            <translation>Solo un lado (predeterminado)</translation>
        </message>
        <message>
            <source>Both: right, then left</source>
            <translation>Ambos: derecho y luego izquierdo</translation>
        </message>
        <message>
            <source>Right only</source>
            <translation>Solo derecho</translation>
        </message>
        <message>
            <source>Left only</source>
            <translation>Solo izquierdo</translation>
        </message>
        <message>
            <source>Left, then right</source>
            <translation>Izquierdo y luego derecho</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Cues for this exercise</source>
            <translation>Señales de este ejercicio</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>rutina</translation>
        </message>
        <message>
            <source>at your own pace</source>
            <translation>a tu ritmo</translation>
        </message>
        <message>
            <source>routine's</source>
            <translation>el de la rutina</translation>
        </message>
        <message>
            <source>same as rest</source>
            <translation>igual que el descanso</translation>
        </message>
        <message>
            <source>Nam&amp;e:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>S&amp;hape:</source>
            <translation>&amp;Forma:</translation>
        </message>
        <message>
            <source>What the exercise runs</source>
            <translation>Cómo se desarrolla el ejercicio</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <translation>&amp;Cantidad:</translation>
        </message>
        <message>
            <source>A time (45s, 1m30s) for work and holds, a count for reps; or a $parameter</source>
            <translation>Un tiempo (45s, 1m30s) para trabajo y mantenimientos, un número para repeticiones; o un $parámetro</translation>
        </message>
        <message>
            <source>&amp;Tempo:</source>
            <translation>&amp;Ritmo:</translation>
        </message>
        <message>
            <source>Seconds per rep; empty: each set lasts until you press Enter</source>
            <translation>Segundos por repetición; vacío: cada serie dura hasta que pulses Intro</translation>
        </message>
        <message>
            <source>&amp;Repeats:</source>
            <translation>&amp;Repeticiones:</translation>
        </message>
        <message>
            <source>How many intervals, holds or sets</source>
            <translation>Cuántos intervalos, mantenimientos o series</translation>
        </message>
        <message>
            <source>S&amp;ides:</source>
            <translation>&amp;Lados:</translation>
        </message>
        <message>
            <source>Switch time:</source>
            <translation>Tiempo de cambio:</translation>
        </message>
        <message>
            <source>The pause to switch sides</source>
            <translation>La pausa para cambiar de lado</translation>
        </message>
        <message>
            <source>Rest:</source>
            <translation>Descanso:</translation>
        </message>
        <message>
            <source>Between repeats, and after the exercise</source>
            <translation>Entre repeticiones y después del ejercicio</translation>
        </message>
        <message>
            <source>Rest a&amp;fter:</source>
            <translation>Descanso &amp;después:</translation>
        </message>
        <message>
            <source>After the exercise, when it differs from the rest</source>
            <translation>Después del ejercicio, si difiere del descanso</translation>
        </message>
        <message>
            <source>Instru&amp;ctions:</source>
            <translation>I&amp;nstrucciones:</translation>
        </message>
        <message>
            <source>Safet&amp;y:</source>
            <translation>&amp;Seguridad:</translation>
        </message>
        <message>
            <source>What to watch out for</source>
            <translation>A qué prestar atención</translation>
        </message>
        <message>
            <source>Change shape</source>
            <translation>Cambiar forma</translation>
        </message>
        <message>
            <source>e.g. 45s</source>
            <translation>p. ej. 45s</translation>
        </message>
        <message>
            <source>e.g. 10</source>
            <translation>p. ej. 10</translation>
        </message>
        <message>
            <source>Exercise {number}</source>
            <translation>Ejercicio {number}</translation>
        </message>
    </context>
    <context>
        <name>GuideText</name>
        <message>
            <source>Safety: {note}</source>
            <translation>Seguridad: {note}</translation>
        </message>
        <message>
            <source>Safety:</source>
            <translation>Seguridad:</translation>
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
            <translation>menos de 1 min</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>{name} ({routine})</source>
            <translation>{name} ({routine})</translation>
        </message>
        <message>
            <source>unfinished</source>
            <translation>sin terminar</translation>
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
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>A day counts when any session on it completed</source>
            <translation>Un día cuenta si se completó alguna sesión en él</translation>
        </message>
        <message>
            <source>Back  ({key})</source>
            <translation>Volver  ({key})</translation>
        </message>
        <message>
            <source>Newest first. Delete removes the selected session; {keys} brings it back.</source>
            <translation>Las más recientes primero. Supr borra la sesión elegida; {keys} la recupera.</translation>
        </message>
        <message>
            <source>Delete  ({key})</source>
            <translation>Borrar  ({key})</translation>
        </message>
        <message>
            <source>Undo  ({keys})</source>
            <translation>Deshacer  ({keys})</translation>
        </message>
        <message>
            <source>No history: the history file could not be opened.</source>
            <translation>Sin historial: no se pudo abrir el archivo de historial.</translation>
        </message>
        <message>
            <source>No history is being kept.</source>
            <translation>No se guarda historial.</translation>
        </message>
        <message>
            <source>No sessions yet: finish or stop a workout and it shows here.</source>
            <translation>Aún no hay sesiones: termina o detén un entrenamiento y aparecerá aquí.</translation>
        </message>
        <message>
            <source>Current streak: {current} · Longest: {longest}</source>
            <translation>Racha actual: {current} · La más larga: {longest}</translation>
        </message>
        <message>
            <source>{routine}: {sessions}, {minutes} min</source>
            <translation>{routine}: {sessions}, {minutes} min</translation>
        </message>
        <message>
            <source>No totals yet</source>
            <translation>Aún no hay totales</translation>
        </message>
        <message>
            <source>Could not delete that session (see the log).</source>
            <translation>No se pudo borrar esa sesión (ver el registro).</translation>
        </message>
        <message>
            <source>Deleted {routine} of {when}. {keys} brings it back.</source>
            <translation>{routine} del {when} borrada. {keys} la recupera.</translation>
        </message>
        <message>
            <source>Could not bring that session back (see the log).</source>
            <translation>No se pudo recuperar esa sesión (ver el registro).</translation>
        </message>
        <message>
            <source>Brought back {routine} of {when}.</source>
            <translation>{routine} del {when} recuperada.</translation>
        </message>
    </context>
    <context>
        <name>JumpList</name>
        <message>
            <source>Jump to an exercise</source>
            <translation>Saltar a un ejercicio</translation>
        </message>
        <message>
            <source>Type to filter</source>
            <translation>Escribe para filtrar</translation>
        </message>
        <message>
            <source>↑ ↓ choose · {enter} jumps there · {escape} or {keys} closes</source>
            <translation>↑ ↓ elegir · {enter} salta allí · {escape} o {keys} cierra</translation>
        </message>
        <message>
            <source>{exercise}   ← now</source>
            <translation>{exercise}   ← ahora</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Paused: the computer slept. Press {key} to carry on.</source>
            <translation>En pausa: el equipo entró en suspensión. Pulsa {key} para continuar.</translation>
        </message>
        <message>
            <source>Paused: the screen locked. Press {key} to carry on.</source>
            <translation>En pausa: la pantalla se bloqueó. Pulsa {key} para continuar.</translation>
        </message>
        <message>
            <source>History · {app}</source>
            <translation>Historial · {app}</translation>
        </message>
        <message>
            <source>Could not start {routine}: {error}</source>
            <translation>No se pudo iniciar {routine}: {error}</translation>
        </message>
        <message>
            <source>A workout is under way: stop it ({key}) before starting {routine}.</source>
            <translation>Hay un entrenamiento en curso: detenlo ({key}) antes de iniciar {routine}.</translation>
        </message>
        <message>
            <source>Reminders are not available in this window.</source>
            <translation>Los recordatorios no están disponibles en esta ventana.</translation>
        </message>
        <message>
            <source>A reminder came during a workout: finish this one first.</source>
            <translation>Llegó un recordatorio durante un entrenamiento: termina primero este.</translation>
        </message>
        <message>
            <source>The routine {routine} of a reminder is no longer in the list.</source>
            <translation>La rutina {routine} de un recordatorio ya no está en la lista.</translation>
        </message>
        <message>
            <source>A workout is under way: stop it ({key}) before opening {file}.</source>
            <translation>Hay un entrenamiento en curso: detenlo ({key}) antes de abrir {file}.</translation>
        </message>
        <message>
            <source>{file} cannot be run</source>
            <translation>{file} no se puede ejecutar</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix first:</source>
            <translation>
                <numerusform>%n problema que corregir primero:</numerusform>
                <numerusform>%n problemas que corregir primero:</numerusform>
            </translation>
        </message>
        <message>
            <source>MUTED</source>
            <translation>SILENCIADO</translation>
        </message>
        <message>
            <source>NO SOUND</source>
            <translation>SIN SONIDO</translation>
        </message>
    </context>
    <context>
        <name>ParameterSection</name>
        <message>
            <source>Seconds (s)</source>
            <translation>Segundos (s)</translation>
        </message>
        <message>
            <source>Minutes (min)</source>
            <translation>Minutos (min)</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Parameter ${name}</source>
            <translation>Parámetro ${name}</translation>
        </message>
        <message>
            <source>Name ($):</source>
            <translation>Nombre ($):</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>Etiqueta:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Unidad:</translation>
        </message>
        <message>
            <source>Default:</source>
            <translation>Predeterminado:</translation>
        </message>
        <message>
            <source>Minimum:</source>
            <translation>Mínimo:</translation>
        </message>
        <message>
            <source>Maximum:</source>
            <translation>Máximo:</translation>
        </message>
        <message>
            <source>Step:</source>
            <translation>Paso:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Descripción:</translation>
        </message>
        <message>
            <source>Remove ${name}</source>
            <translation>Quitar ${name}</translation>
        </message>
        <message>
            <source>{name} is not a free name of letters, digits and _</source>
            <translation>{name} no es un nombre libre de letras, dígitos y _</translation>
        </message>
        <message>
            <source>Add an adjustable va&amp;lue</source>
            <translation>Añadir un &amp;valor ajustable</translation>
        </message>
        <message>
            <source>A value the user picks before starting, used as $name</source>
            <translation>Un valor que se elige antes de empezar, usado como $name</translation>
        </message>
        <message>
            <source>Value {number}</source>
            <translation>Valor {number}</translation>
        </message>
    </context>
    <context>
        <name>PickerPage</name>
        <message>
            <source>Search routines  ({key}, or just type)</source>
            <translation>Buscar rutinas  ({key}, o escribe)</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Todas las etiquetas</translation>
        </message>
        <message>
            <source>No routine matches the search.</source>
            <translation>Ninguna rutina coincide con la búsqueda.</translation>
        </message>
        <message>
            <source>Start  ({key})</source>
            <translation>Empezar  ({key})</translation>
        </message>
        <message>
            <source>Open routines folder  ({key})</source>
            <translation>Abrir carpeta de rutinas  ({key})</translation>
        </message>
        <message>
            <source>Your own routines live in {folder}</source>
            <translation>Tus rutinas están en {folder}</translation>
        </message>
        <message>
            <source>No folder for your own routines is in use</source>
            <translation>No se usa ninguna carpeta para tus rutinas</translation>
        </message>
        <message>
            <source>History  ({key})</source>
            <translation>Historial  ({key})</translation>
        </message>
        <message>
            <source>built-in</source>
            <translation>incluida</translation>
        </message>
        <message>
            <source>your file {file}</source>
            <translation>tu archivo {file}</translation>
        </message>
        <message>
            <source>Your file {file} · {description}</source>
            <translation>Tu archivo {file} · {description}</translation>
        </message>
        <message>
            <source>Built-in routine</source>
            <translation>Rutina incluida</translation>
        </message>
        <message>
            <source>Your routine file: {path}</source>
            <translation>Tu archivo de rutina: {path}</translation>
        </message>
        <message>
            <source>Cannot load {file}</source>
            <translation>No se puede cargar {file}</translation>
        </message>
        <message>
            <source>broken</source>
            <translation>con errores</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s): {first}</source>
            <translation>
                <numerusform>%n problema: {first}</numerusform>
                <numerusform>%n problemas: {first}</numerusform>
            </translation>
        </message>
        <message>
            <source>too long</source>
            <translation>demasiado larga</translation>
        </message>
        <message>
            <source>Loading your routines: {done} of {total}</source>
            <translation>Cargando tus rutinas: {done} de {total}</translation>
        </message>
        <message>
            <source>No routine tagged {tag} matches “{query}”.</source>
            <translation>Ninguna rutina con la etiqueta {tag} coincide con «{query}».</translation>
        </message>
        <message>
            <source>No routine matches “{query}”.</source>
            <translation>Ninguna rutina coincide con «{query}».</translation>
        </message>
        <message>
            <source>No routine is tagged {tag}.</source>
            <translation>Ninguna rutina tiene la etiqueta {tag}.</translation>
        </message>
        <message>
            <source>There are no routines.</source>
            <translation>No hay rutinas.</translation>
        </message>
        <message>
            <source>Your own routines are still being listed.</source>
            <translation>Tus rutinas aún se están listando.</translation>
        </message>
        <message>
            <source>{key} clears the search.</source>
            <translation>{key} borra la búsqueda.</translation>
        </message>
        <message>
            <source>“All tags” in the tag filter shows every tag.</source>
            <translation>«Todas las etiquetas» en el filtro las muestra todas.</translation>
        </message>
        <message>
            <source>Nothing to start</source>
            <translation>Nada que empezar</translation>
        </message>
        <message>
            <source>{key} shows every shortcut</source>
            <translation>{key} muestra todos los atajos</translation>
        </message>
        <message>
            <source>{enter} or {space} starts</source>
            <translation>{enter} o {space} empieza</translation>
        </message>
        <message>
            <source>{key} clears the search</source>
            <translation>{key} borra la búsqueda</translation>
        </message>
        <message>
            <source>This file cannot be loaded: nothing to start until it is fixed</source>
            <translation>Este archivo no se puede cargar: nada que empezar hasta corregirlo</translation>
        </message>
        <message>
            <source>No folder for your own routines is in use.</source>
            <translation>No se usa ninguna carpeta para tus rutinas.</translation>
        </message>
        <message>
            <source>Could not make your routines folder {folder}: {error}.</source>
            <translation>No se pudo crear tu carpeta de rutinas {folder}: {error}.</translation>
        </message>
        <message>
            <source>Could not open a file manager. Your routines folder is {folder}</source>
            <translation>No se pudo abrir un gestor de archivos. Tu carpeta de rutinas es {folder}</translation>
        </message>
        <message>
            <source>Your routines folder: {folder}. Put routine files (.yaml) there; the list follows added, changed and removed files by itself.</source>
            <translation>Tu carpeta de rutinas: {folder}. Pon ahí archivos de rutina (.yaml); la lista sigue sola los archivos añadidos, cambiados y eliminados.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <source>Total: –</source>
            <translation>Total: –</translation>
        </message>
        <message>
            <source>&amp;Problems:</source>
            <translation>&amp;Problemas:</translation>
        </message>
        <message>
            <source>Total: – (fix the problems below)</source>
            <translation>Total: – (corrige los problemas de abajo)</translation>
        </message>
        <message>
            <source>Total: {total}</source>
            <translation>Total: {total}</translation>
        </message>
        <message>
            <source>+ {sets} at your own pace</source>
            <translation>+ {sets} a tu ritmo</translation>
        </message>
        <message>
            <source>(default values)</source>
            <translation>(valores predeterminados)</translation>
        </message>
        <message>
            <source>… and {number} more</source>
            <translation>… y {number} más</translation>
        </message>
        <message>
            <source>&amp;Problems: none</source>
            <translation>&amp;Problemas: ninguno</translation>
        </message>
        <message>
            <source>&amp;Problems ({number}), saving is refused until they are fixed:</source>
            <translation>&amp;Problemas ({number}), no se puede guardar hasta corregirlos:</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <source>Keep going</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Stop the workout?</source>
            <translation>¿Detener el entrenamiento?</translation>
        </message>
        <message>
            <source>The workout is paused. Stop it and see the summary?

S stops · Enter or Esc keeps going</source>
            <translation>El entrenamiento está en pausa. ¿Detenerlo y ver el resumen?

D detiene · Intro o Esc sigue</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Detener</translation>
        </message>
        <message>
            <source>Quit Leg Timer?</source>
            <translation>¿Salir de Leg Timer?</translation>
        </message>
        <message>
            <source>The workout is paused. Quit and lose the rest of it?

Q quits · Enter or Esc keeps going</source>
            <translation>El entrenamiento está en pausa. ¿Salir y perder el resto?

S sale · Intro o Esc sigue</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Restart the workout?</source>
            <translation>¿Reiniciar el entrenamiento?</translation>
        </message>
        <message>
            <source>The workout is paused. Start the routine again from the beginning?

R restarts · Enter or Esc keeps going</source>
            <translation>El entrenamiento está en pausa. ¿Empezar la rutina desde el principio?

R reinicia · Intro o Esc sigue</translation>
        </message>
        <message>
            <source>&amp;Restart</source>
            <translation>&amp;Reiniciar</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <source>Reminders: {routine}</source>
            <translation>Recordatorios: {routine}</translation>
        </message>
        <message>
            <source>&amp;Remind me to do {routine}</source>
            <translation>&amp;Recordarme hacer {routine}</translation>
        </message>
        <message>
            <source>At these &amp;times of day:</source>
            <translation>A estas &amp;horas:</translation>
        </message>
        <message>
            <source>&amp;Spread over the day:</source>
            <translation>&amp;Repartido en el día:</translation>
        </message>
        <message>
            <source> times a day</source>
            <translation> veces al día</translation>
        </message>
        <message>
            <source>&amp;between</source>
            <translation>&amp;entre</translation>
        </message>
        <message>
            <source>a&amp;nd</source>
            <translation>&amp;y</translation>
        </message>
        <message>
            <source>On:</source>
            <translation>Días:</translation>
        </message>
        <message>
            <source>Use the routine's &amp;advice</source>
            <translation>Usar el &amp;consejo de la rutina</translation>
        </message>
        <message>
            <source>Start Leg Timer at &amp;login, quietly (reminders come only while it runs)</source>
            <translation>Iniciar Leg Timer al &amp;entrar, en silencio (los recordatorios solo llegan mientras se ejecuta)</translation>
        </message>
        <message>
            <source>Remo&amp;ve reminder</source>
            <translation>&amp;Quitar recordatorio</translation>
        </message>
        <message>
            <source>{low}-{high} sessions a day</source>
            <translation>{low}-{high} sesiones al día</translation>
        </message>
        <message>
            <source>{count} a day</source>
            <translation>{count} al día</translation>
        </message>
        <message>
            <source>{low}-{high} sessions a week</source>
            <translation>{low}-{high} sesiones a la semana</translation>
        </message>
        <message>
            <source>{count} a week</source>
            <translation>{count} a la semana</translation>
        </message>
        <message numerus="yes">
            <source>%n rest day(s) after a hard session</source>
            <translation>
                <numerusform>%n día de descanso tras una sesión intensa</numerusform>
                <numerusform>%n días de descanso tras una sesión intensa</numerusform>
            </translation>
        </message>
        <message>
            <source>This routine gives no practice advice.</source>
            <translation>Esta rutina no da consejos de práctica.</translation>
        </message>
        <message>
            <source>The routine's advice: {advice}.</source>
            <translation>Consejo de la rutina: {advice}.</translation>
        </message>
        <message>
            <source>Cannot save yet: {error}.</source>
            <translation>Aún no se puede guardar: {error}.</translation>
        </message>
        <message>
            <source>Off (kept: {rule}).</source>
            <translation>Desactivado (se conserva: {rule}).</translation>
        </message>
        <message>
            <source>Reminds you {rule}.</source>
            <translation>Te lo recuerda {rule}.</translation>
        </message>
        <message>
            <source>Next: {when}.</source>
            <translation>Próximo: {when}.</translation>
        </message>
        <message>
            <source>Starting at login could not be changed: {problem}.</source>
            <translation>No se pudo cambiar el inicio al entrar: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Start now</source>
            <translation>Empezar ya</translation>
        </message>
        <message>
            <source>Later ({minutes} min)</source>
            <translation>Más tarde ({minutes} min)</translation>
        </message>
        <message>
            <source>Your reminder: {rule}.</source>
            <translation>Tu recordatorio: {rule}.</translation>
        </message>
        <message>
            <source>Due at {time}, while Leg Timer could not remind you. {rule}</source>
            <translation>Previsto a las {time}, cuando Leg Timer no podía recordártelo. {rule}</translation>
        </message>
        <message>
            <source>Time for {routine}</source>
            <translation>Es hora de {routine}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Reminders could not be saved: {problem}.</source>
            <translation>No se pudieron guardar los recordatorios: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>RoutineActions</name>
        <message>
            <source>Routine files (*.yaml *.yml);;All files (*)</source>
            <translation>Archivos de rutina (*.yaml *.yml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Routine files (*.yaml *.yml *.json);;JSON (*.json);;YAML (*.yaml *.yml);;All files (*)</source>
            <translation>Archivos de rutina (*.yaml *.yml *.json);;JSON (*.json);;YAML (*.yaml *.yml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Select a routine to edit first.</source>
            <translation>Elige primero una rutina para editar.</translation>
        </message>
        <message>
            <source>Select a routine to duplicate first.</source>
            <translation>Elige primero una rutina para duplicar.</translation>
        </message>
        <message>
            <source>Select a routine to delete first.</source>
            <translation>Elige primero una rutina para borrar.</translation>
        </message>
        <message>
            <source>Select a routine to save first.</source>
            <translation>Elige primero una rutina para guardar.</translation>
        </message>
        <message>
            <source>Select a routine first.</source>
            <translation>Elige primero una rutina.</translation>
        </message>
        <message>
            <source>This file cannot be loaded, so there is nothing to do with it: fix it in a text editor (its folder: {key}).</source>
            <translation>Este archivo no se puede cargar, así que no se puede hacer nada con él: corrígelo en un editor de texto (su carpeta: {key}).</translation>
        </message>
        <message>
            <source>No folder for your own routines is in use.</source>
            <translation>No se usa ninguna carpeta para tus rutinas.</translation>
        </message>
        <message>
            <source>Built-in routines stay as shipped</source>
            <translation>Las rutinas incluidas no se modifican</translation>
        </message>
        <message>
            <source>“{name}” is a built-in routine: it cannot be changed, so it always works as it came. Make a copy of your own ({key}) and edit that?

D duplicates · Enter or Esc cancels</source>
            <translation>«{name}» es una rutina incluida: no se puede cambiar, así siempre funciona como vino. ¿Hacer una copia propia ({key}) y editarla?

D duplica · Intro o Esc cancela</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplicar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The file of “{name}” is no longer there.</source>
            <translation>El archivo de «{name}» ya no existe.</translation>
        </message>
        <message>
            <source>Saved {path}, outside your routines folder.</source>
            <translation>{path} guardado, fuera de tu carpeta de rutinas.</translation>
        </message>
        <message>
            <source>“{name}” is a built-in routine: it cannot be deleted.</source>
            <translation>«{name}» es una rutina incluida: no se puede borrar.</translation>
        </message>
        <message>
            <source>Could not delete “{name}”: {error}.</source>
            <translation>No se pudo borrar «{name}»: {error}.</translation>
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation>«{name}» borrada.</translation>
        </message>
        <message>
            <source>Could not bring back “{name}”: {error}.</source>
            <translation>No se pudo recuperar «{name}»: {error}.</translation>
        </message>
        <message>
            <source>Brought back “{name}” as {file} ({taken} is taken).</source>
            <translation>«{name}» recuperada como {file} ({taken} está ocupado).</translation>
        </message>
        <message>
            <source>Brought back “{name}”.</source>
            <translation>«{name}» recuperada.</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>Could not write into {folder}: {error}</source>
            <translation>No se pudo escribir en {folder}: {error}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>«{name}»</translation>
        </message>
        <message>
            <source>Imported {names}.</source>
            <translation>Importado: {names}.</translation>
        </message>
        <message>
            <source>“{name}” ({format}, now {file}): {parts}</source>
            <translation>«{name}» ({format}, ahora {file}): {parts}</translation>
        </message>
        <message>
            <source>Imported, with some parts left out</source>
            <translation>Importado, con algunas partes omitidas</translation>
        </message>
        <message>
            <source>These parts of the files have no place in a Leg Timer routine and were not carried over:</source>
            <translation>Estas partes de los archivos no tienen cabida en una rutina de Leg Timer y no se trasladaron:</translation>
        </message>
        <message>
            <source>Could not read “{name}”: {error}.</source>
            <translation>No se pudo leer «{name}»: {error}.</translation>
        </message>
        <message>
            <source>The copy was not saved</source>
            <translation>La copia no se guardó</translation>
        </message>
        <message>
            <source>Could not write {file}: {error}</source>
            <translation>No se pudo escribir {file}: {error}</translation>
        </message>
        <message>
            <source>Saved a copy of “{name}” as {file}.</source>
            <translation>Copia de «{name}» guardada como {file}.</translation>
        </message>
        <message>
            <source>Open a routine file</source>
            <translation>Abrir un archivo de rutina</translation>
        </message>
        <message>
            <source>Import routines</source>
            <translation>Importar rutinas</translation>
        </message>
        <message>
            <source>Save a copy of the routine</source>
            <translation>Guardar una copia de la rutina</translation>
        </message>
    </context>
    <context>
        <name>RoutineDetails</name>
        <message>
            <source>Reset to the routine's defaults</source>
            <translation>Restablecer los valores de la rutina</translation>
        </message>
        <message>
            <source>Put every value above back to the routine's own</source>
            <translation>Devolver todos los valores de arriba a los de la rutina</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>Cannot load {file}</source>
            <translation>No se puede cargar {file}</translation>
        </message>
        <message>
            <source>{problems}: nothing to start until the file is fixed</source>
            <translation>{problems}: nada que empezar hasta corregir el archivo</translation>
        </message>
        <message>
            <source>{label}: {text} is outside {range}; kept {kept}.</source>
            <translation>{label}: {text} está fuera de {range}; se mantiene {kept}.</translation>
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
            <translation>la aplicación</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Tiempos</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Vuelta a la calma</translation>
        </message>
        <message>
            <source>Notes and practice</source>
            <translation>Notas y práctica</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Shown in the picker</source>
            <translation>Se muestra en la lista</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Descripción:</translation>
        </message>
        <message>
            <source>One or two sentences for the picker</source>
            <translation>Una o dos frases para la lista</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Etiquetas:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Fuente:</translation>
        </message>
        <message>
            <source>Where the routine comes from</source>
            <translation>De dónde viene la rutina</translation>
        </message>
        <message>
            <source>&amp;Get ready:</source>
            <translation>&amp;Preparación:</translation>
        </message>
        <message>
            <source>The countdown before the first exercise; 0 for none</source>
            <translation>La cuenta atrás antes del primer ejercicio; 0 para ninguna</translation>
        </message>
        <message>
            <source>Switch sides:</source>
            <translation>Cambio de lado:</translation>
        </message>
        <message>
            <source>Default pause to switch sides</source>
            <translation>Pausa predeterminada para cambiar de lado</translation>
        </message>
        <message>
            <source>R&amp;ounds:</source>
            <translation>R&amp;ondas:</translation>
        </message>
        <message>
            <source>How many times to go through the exercises</source>
            <translation>Cuántas veces recorrer los ejercicios</translation>
        </message>
        <message>
            <source>Rest between rounds:</source>
            <translation>Descanso entre rondas:</translation>
        </message>
        <message>
            <source>Replaces the last exercise's rest between rounds</source>
            <translation>Sustituye el descanso del último ejercicio entre rondas</translation>
        </message>
        <message>
            <source>Skip the last rest:</source>
            <translation>Omitir el último descanso:</translation>
        </message>
        <message>
            <source>Yes (default)</source>
            <translation>Sí (predeterminado)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Leave out the rest after the very last exercise</source>
            <translation>Omitir el descanso tras el último ejercicio</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>Etiqueta:</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>Duración:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>e.g. 2min; empty for no cool-down</source>
            <translation>p. ej. 2min; vacío para no tener vuelta a la calma</translation>
        </message>
        <message>
            <source>Instructions:</source>
            <translation>Instrucciones:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notas:</translation>
        </message>
        <message>
            <source>One note per paragraph</source>
            <translation>Una nota por párrafo</translation>
        </message>
        <message>
            <source>Tips that are not timed; a blank line between notes</source>
            <translation>Consejos sin tiempo; una línea en blanco entre notas</translation>
        </message>
        <message>
            <source>Sessions a day:</source>
            <translation>Sesiones al día:</translation>
        </message>
        <message>
            <source>e.g. 3-5</source>
            <translation>p. ej. 3-5</translation>
        </message>
        <message>
            <source>A number or a range such as 3-5</source>
            <translation>Un número o un intervalo como 3-5</translation>
        </message>
        <message>
            <source>Sessions a week:</source>
            <translation>Sesiones a la semana:</translation>
        </message>
        <message>
            <source>e.g. 1-2</source>
            <translation>p. ej. 1-2</translation>
        </message>
        <message>
            <source>A number or a range such as 1-2</source>
            <translation>Un número o un intervalo como 1-2</translation>
        </message>
        <message>
            <source>Rest days after:</source>
            <translation>Días de descanso después:</translation>
        </message>
        <message>
            <source>Practice note:</source>
            <translation>Nota de práctica:</translation>
        </message>
        <message>
            <source>Cues (every exercise)</source>
            <translation>Señales (cada ejercicio)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Seguir al sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Stay paused</source>
            <translation>Seguir en pausa</translation>
        </message>
        <message>
            <source>Resume when I come back</source>
            <translation>Reanudar cuando vuelva</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Mute sounds and voice ({key})</source>
            <translation>Silenciar sonidos y voz ({key})</translation>
        </message>
        <message>
            <source>Speak announcements</source>
            <translation>Decir los avisos en voz alta</translation>
        </message>
        <message>
            <source>Count reps aloud in paced sets</source>
            <translation>Contar en voz alta las repeticiones de las series con ritmo</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>Probar sonido</translation>
        </message>
        <message>
            <source>Play a cue now, at this volume</source>
            <translation>Reproducir una señal ahora, a este volumen</translation>
        </message>
        <message>
            <source>Test voice</source>
            <translation>Probar voz</translation>
        </message>
        <message>
            <source>Speak a line now, with this voice and rate</source>
            <translation>Decir una frase ahora, con esta voz y velocidad</translation>
        </message>
        <message>
            <source>Tick the last seconds of each segment</source>
            <translation>Tic en los últimos segundos de cada segmento</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>Use my own get-ready time for every routine</source>
            <translation>Usar mi propio tiempo de preparación en todas las rutinas</translation>
        </message>
        <message>
            <source>Pause when the screen locks</source>
            <translation>Pausar al bloquear la pantalla</translation>
        </message>
        <message>
            <source>Notify at each new exercise while this window is in the background</source>
            <translation>Notificar cada nuevo ejercicio mientras esta ventana esté en segundo plano</translation>
        </message>
        <message>
            <source>Screen reader: announce the last 3 seconds of each step</source>
            <translation>Lector de pantalla: anunciar los últimos 3 segundos de cada paso</translation>
        </message>
        <message>
            <source>Screen reader: also show announcements as notifications (Orca 45 and older)</source>
            <translation>Lector de pantalla: mostrar también los avisos como notificaciones (Orca 45 y anteriores)</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>Archivo de registro: {path}</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Sonido</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Countdown</source>
            <translation>Cuenta atrás</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voz</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Workout and window</source>
            <translation>Entrenamiento y ventana</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <source>After sleep</source>
            <translation>Tras la suspensión</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Mini timer</source>
            <translation>Minitemporizador</translation>
        </message>
        <message>
            <source>Changes apply at once.</source>
            <translation>Los cambios se aplican al instante.</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>Sistema ({language})</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Predeterminada del sistema</translation>
        </message>
        <message>
            <source>{voice} (not available now)</source>
            <translation>{voice} (no disponible ahora)</translation>
        </message>
        <message>
            <source>Playing the start cue.</source>
            <translation>Reproduciendo la señal de inicio.</translation>
        </message>
        <message>
            <source>Speaking a test line.</source>
            <translation>Diciendo una frase de prueba.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutOverlay</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>{escape}, {keys} closes this list</source>
            <translation>{escape}, {keys} cierra esta lista</translation>
        </message>
    </context>
    <context>
        <name>StepSpinBox</name>
        <message>
            <source>allowed {range}</source>
            <translation>permitido {range}</translation>
        </message>
        <message>
            <source>Allowed: {range}</source>
            <translation>Permitido: {range}</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>Workout complete</source>
            <translation>Entrenamiento completado</translation>
        </message>
        <message>
            <source>Time spent exercising and resting, without pauses and without the get-ready countdown</source>
            <translation>Tiempo de ejercicio y descanso, sin pausas ni la cuenta atrás de preparación</translation>
        </message>
        <message>
            <source>Active time</source>
            <translation>Tiempo activo</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>Pasos hechos</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omitidos</translation>
        </message>
        <message>
            <source>Back to routines  ({key})</source>
            <translation>Volver a las rutinas  ({key})</translation>
        </message>
        <message>
            <source>Repeat  ({key})</source>
            <translation>Repetir  ({key})</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <source>Strength</source>
            <translation>Fuerza</translation>
        </message>
        <message>
            <source>Mobility</source>
            <translation>Movilidad</translation>
        </message>
        <message>
            <source>Stretch</source>
            <translation>Estiramiento</translation>
        </message>
        <message>
            <source>Relaxation</source>
            <translation>Relajación</translation>
        </message>
        <message>
            <source>Posture</source>
            <translation>Postura</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>No plan yet</source>
            <translation>Aún no hay plan</translation>
        </message>
        <message>
            <source>until you press Enter</source>
            <translation>hasta pulsar Intro</translation>
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
            <translation>Minitemporizador</translation>
        </message>
        <message>
            <source>A small timer that stays above other windows (T)</source>
            <translation>Un pequeño temporizador que queda sobre las demás ventanas (T)</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Iniciar al entrar</translation>
        </message>
        <message>
            <source>Start quietly in the tray at login, so reminders come</source>
            <translation>Iniciar en silencio en la bandeja al entrar, para que lleguen los recordatorios</translation>
        </message>
        <message>
            <source>Starting at login could not be changed: {problem}.</source>
            <translation>No se pudo cambiar el inicio al entrar: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <source>Undo  ({keys})</source>
            <translation>Deshacer  ({keys})</translation>
        </message>
    </context>
    <context>
        <name>WeekBars</name>
        <message>
            <source>week of {day}: {minutes}</source>
            <translation>semana del {day}: {minutes}</translation>
        </message>
        <message>
            <source>Last {weeks} weeks: most in one week {minutes}; {recent}.</source>
            <translation>Últimas {weeks} semanas: máximo en una semana {minutes}; {recent}.</translation>
        </message>
        <message>
            <source>Minutes per week (most {minutes})</source>
            <translation>Minutos por semana (máx. {minutes})</translation>
        </message>
    </context>
    <context>
        <name>WorkoutNotices</name>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
    </context>
    <context>
        <name>WorkoutTray</name>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Show {app}</source>
            <translation>Mostrar {app}</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
    </context>
</TS>

# Zhanaozen Atlas: the interface in English. Every id here must also be in ru.ftl (a test checks).
# Dataset text (event titles, descriptions, sources) is the dataset's own and is not translated.

## Dates

date-months = January February March April May June July August September October November December
# After a day ("27 May 2011"), and on their own ("May 2011" on the axis); languages with cases
# (Russian) differ between the two.
date-months-short = Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
date-months-short-standalone = Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
date-weekdays-short = Mon Tue Wed Thu Fri Sat Sun
# Before an hour known only roughly: "Sat 17 Dec 2011, about 20:00".
date-about = about
precision-year = date known to the year
precision-month = date known to the month
precision-week = date known to the week
precision-day = date known to the day
precision-hour = time known to the hour
precision-minute = time known to the minute
distance-km = { $km } km
distance-m = { $m } m

## Counts

count-events = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
count-places = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
count-sources = { $count ->
    [one] { $count } source
   *[other] { $count } sources
}

## Title bar and menus

app-title = Zhanaozen Atlas
menu-file = File
menu-open = Open dataset…
claims-cursor = the timeline's cursor
title-card-tour = Start the tour
title-card-explore = Explore
builtin-record = The built-in record
menu-open-builtin = Open the built-in record
menu-recent = Recent files
menu-recent-none = No files opened yet
menu-recent-clear = Clear recent files
menu-keep-history = Keep a history of opened files
menu-keep-history-tip = Off: the app lists no recent files and does not reopen the last file at the next start
menu-export-geojson = Export events as GeoJSON…
menu-export-csv = Export events as CSV…
menu-save-as-json = Save the dataset as Zhanaozen Atlas JSON…
menu-save-png = Save view as PNG…
menu-save-png-shortcut = Ctrl+S
menu-copy-link = Copy link to this view
menu-copy-link-tip = Copies a command line that opens the app on this view
menu-quit = Quit
menu-view = View
menu-theme-system = Follow the system theme
menu-theme-light = Light
menu-theme-dark = Dark
menu-map = Map
menu-language = Language
layer-offline = Offline basemap only
layer-osm = OpenStreetMap (online)
layer-topo = OpenTopoMap (online)
layer-custom = Tile server { $host } (online)
layer-online-note = Online layers download map tiles from their servers when chosen; the offline basemap stays beneath.
offline-note = The offline map has nothing finer to show at this zoom. An online layer has streets and buildings; it downloads map tiles from its server.
offline-note-keep = Keep the offline map
file-filter-datasets = Datasets
file-filter-all = All files
file-filter-png = PNG images
rows-skipped = { $count ->
    [one] 1 row skipped
   *[other] { $count } rows skipped
}
import-notes = { $count ->
    [one] 1 note on what was kept
   *[other] { $count } notes on what was kept
}
dates-read-as = Dates read as { $form }
and-more = … and { $count } more
status-opened = Opened { $name }
status-opened-report = Opened { $name }: { $report }
status-wrote = Wrote { $count } events to { $path }
status-write-failed = Could not write { $path }: { $error }
status-saved-png = Saved the view to { $path } ({ $width } × { $height } pixels)
status-link-copied = Copied: { $command }

## Map

tiles-loading = Loading map tiles from { $host }…
tiles-unavailable = Map tiles from { $host } are unavailable (no network, or the server failed). The offline basemap is shown.
zoom-in = Zoom in
zoom-out = Zoom out
measure = Measure
measure-tip = Measure the distance between two points or places (Esc stops)
fit-region = Fit region
fit-region-tip = Frame { $region }, the region this dataset is about
fit-data = Fit data
fit-data-tip = Frame every place this dataset's events happened at (F)
map-legend-recent = events in { $window }
map-legend-earlier = earlier events only
event-mark = On the map: { $title }
map-legend-event-dot = one event each, in its category's colour: large while recent, small and pale after
recent-day = the last day
recent-week = the last week
recent-month = the last 30 days
recent-everything = everything up to now
recent-label = Recent
recent-tip = How far back from the cursor the map draws events as news: within it, places and event dots are strong; older ones settle into pale marks
map-legend-future = still to come
place-marker = { $name }: { $count ->
    [one] 1 event
   *[other] { $count } events
}
cluster-label = { $count } places
cluster-tip = { $count } places here; click to zoom in
measure-reading = { $km } km · bearing { $bearing }°
measure-help = Measuring: click two points or places. Esc stops.
measure-again = Click again to measure anew. Esc stops.
route-lengths = { $path } km along the route · { $straight } km straight (geodesic, WGS84)
route-sources = Sources: "{ $reported }"
route-no-distance = No distance in the sources
route-click = Click to open the event.
route-under-way = Under way { $when } (dates only: no times given)
route-progress = Here: { $km } km along the route from { $from }
toll-heading = Death toll, as each side put it by this date
toll-none = No figure has been given yet.
chart = Chart
chart-tip = Every claim over time, with its source
claim-source = Source: { $source }

## Claims

claims-window-title = Claims: { $subject }
claims-no-dated = No dated figures to chart; the claims are listed below.
claims-range-note = A range ("at least 15") is drawn at its bound. Hover a point for its date and figure; the list below gives each claim's source.
claims-header = { $subject }: { $count ->
    [one] 1 claim
   *[other] { $count } claims
}
claim-as-of = as of { $date }
date-not-known = date not known
claim-at-least = at least { $n }
claim-at-most = at most { $n }
claimant-government = government
claimant-prosecutor = prosecutor
claimant-court = court
claimant-opposition = opposition
claimant-rights-group = rights group
claimant-witness = witness
claimant-media = media
claimant-international = international body

## Timeline

timeline-label = Timeline
timeline-cursor-tip = The timeline cursor
timeline-too-many = { $count } events in view: zoom in to see them one by one
timeline-shown-cumulative = { $shown } of { $total } events have happened by this date
timeline-shown-window = { $shown } of { $total } events fall in the window
timeline-filtered-total = { $count } filtered
mark-place-unknown = place not known
click-to-open = Click to open
density-bucket = { $count ->
    [one] 1 event
   *[other] { $count } events
} · { $from } – { $to } ({ $resolution })
resolution-hour = hour
resolution-day = day
resolution-week = week
resolution-month = month
utc = UTC
utc-tip = Show times in UTC instead of the region's local time ({ $offset })
next-event = Next event
next-event-tip = Next event (Right arrow key)
previous-event = Previous event
previous-event-tip = Previous event (Left arrow key)
play = Play
pause = Pause
play-tip = Play or pause (Space)
speed-tip = Playback speed, in historical time per second
speed-hour = 1 hour/s
speed-six-hours = 6 hours/s
speed-day = 1 day/s
speed-week = 1 week/s
speed-month = 1 month/s
timeline-options = Options
timeline-options-tip = Looping and quiet stretches in playback; what the histogram counts
loop = Loop
skip-quiet = Skip quiet periods
skip-quiet-tip = Jump over stretches with no events
show-all-time = All
show-all-time-tip = Show the whole dataset (double-click the timeline)
mode-cumulative = Up to the cursor
mode-cumulative-tip = The map shows everything that has happened by the cursor
mode-window = Window only
mode-window-tip = The map shows only the events in the time window (Shift-drag on the timeline to choose it)
clear-window = Clear window
histogram-map-only = Histogram: map view only
histogram-map-only-tip = Count only the events inside the map's visible area

## Side panel

close = Close
close-tip = Close (Esc)
not-in-sources = not in the sources
name-english = English
name-russian = Russian
name-kazakh = Kazakh
coordinates = Coordinates
uncertainty = Uncertainty
uncertainty-within = the sites are within about { $km } km of the point
copy-coordinates = Copy coordinates
copy-coordinates-tip = Copy "{ $coords }" (latitude, longitude)
distance-to = { $km } km to { $place } (geodesic)
place-events = { $count ->
    [0] No events here in this dataset
    [one] 1 event here
   *[other] { $count } events here, in time order
}
event-at = at { $place }
show-place-tip = Show the place
region-no-exact = { $region } (no exact place)
place-not-known = Place not known
disputed = Disputed
event-route = Route: { $path } km along it, { $straight } km in a straight line (geodesic); the sources say { $reported }.
event-route-nothing-reported = nothing of the distance
event-claims = Claims: { $subject }
chart-all-claims = Chart all claims
chart-all-claims-tip = Every claim on this subject over time
sources-heading = { $count ->
    [one] Source
   *[other] Sources
}
search-hint = Search events (Ctrl+F)
search-no-match = No event matches “{ $query }”: the map and timeline show every event
search-result-tip = Open this event (Up/Down pick one, Enter opens it)
search-more = …and { $count } more on the map and timeline
search-label = Search events
category-hide-tip = Click to hide these events
category-show-tip = Click to show these events
filter-shown = { $shown } of { $total } events shown
show-all = Show all
overview-help = Click a place on the map or a mark on the timeline. Drag the timeline to move through time; the Left and Right arrow keys step from event to event.
tour-start = Start the guided tour ({ $count } steps)
tour-start-tip = Step through the key events with a short caption each (Page Up/Page Down)
places-heading = Places of the events
contested-heading = Contested figures
contested-help = Where sources disagree, each claim is listed with who makes it and where it was published.
link-not-opened = { $text } (not opened: '{ $url }' is not an http(s) address)
link-none = { $text } (no link recorded)

## Guided tour

tour-step = Guided tour · step { $step } of { $count }
tour-exit = Exit tour
next-step = Next step
next-step-tip = Next step (Page Down)
previous-step = Previous step
previous-step-tip = Previous step (Page Up)

## Errors

load-error-title = Could not open the file
load-error-summary = { $count ->
    [one] 1 problem. The dataset on screen is unchanged.
   *[other] { $count } problems. The dataset on screen is unchanged.
}
dismiss = Dismiss

## Loading a file
loading-title = Opening { $name }
loading-reading = Reading the file: { $done } of { $total }
loading-reading-unknown = Reading the file: { $done }
loading-parsing = { $rows ->
    [one] { $rows } row read, about { $percent } % of the file
   *[other] { $rows } rows read, about { $percent } % of the file
}
loading-keeps = The dataset on screen stays until the new one is ready.
loading-cancel = Cancel
# The path field shown where no native file dialog can open.
path-prompt-title-open = Open a dataset
path-prompt-title-save = Save to a file
path-prompt-no-dialog = No file dialog can open here: there is no desktop portal (no session bus) and zenity is not installed. Type the file's path instead.
path-prompt-portal-silent = The desktop's file dialog did not open (the portal did not answer, and zenity is not installed). Type the file's path instead.
path-prompt-path = Path
path-prompt-open = Open
path-prompt-save = Save
timeline-hidden-marks = +{ $count }
timeline-hidden-marks-tip = { $count ->
    [one] One more event here has no room: click to zoom in
   *[other] { $count } more events here have no room: click to zoom in
}

## Sources and claims of format 2
claim-passage = “{ $passage }”
single-source = Single source: only one source reports this.
source-translation = { $title } (translation)
source-mirror = { $title } (a copy on another site)
source-relay = { $title } (passed on by another outlet)
map-legend-route = a route, once its event has happened (wide while under way)
caption-under-way = Under way at this date
caption-latest = The latest event by this date
caption-next = Still to come: the first event
map-legend = Legend
map-legend-badge = events there by this date
map-legend-categories = timeline marks by category

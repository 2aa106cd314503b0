### Texts for the network's coordinators: commands that only work in admin chats
### (/reload, /status, /stats, /needs). Parents never see these texts.
### The code uses these ids. Change the text: yes. Rename an id: no.

## /reload and the message after the files changed
admin-reload-loaded = ✅ A new version of the files is live (version { $version }). Conversations in progress continue.
admin-reload-unchanged = ✅ The files have not changed. Version { $version } stays live.
admin-reload-refused = ⛔ The changed files have { $count ->
    [one] one error
   *[other] { $count } errors
}. The last version without errors stays live. Please correct:
admin-reload-unavailable = This bot runs on fixed files and cannot reload.
admin-more-lines = … and { $count } more. To see all: wegweiser check
## /status
admin-status = Live version: { $version } (texts: { $texts }), loaded at { $loaded }.
admin-status-last-none = No reload since the start.
admin-status-reloading = ⏳ The files are being reloaded right now (since { $when }).
admin-reload-lines = Messages of the check (technical, in English):
admin-status-last-loaded = Last reload ({ $when }): successful, version { $version }.
admin-status-last-refused = Last reload ({ $when }): refused, { $count ->
    [one] one error
   *[other] { $count } errors
}:
## /stats: anonymous counts, numbers below 5 appear as "<5"
admin-stats-heading = 📊 Usage (counted anonymously; months: { $months }). Steps in all: { $total }
admin-stats-visits = Most visited steps:
admin-stats-resting = Where conversations stop (last step):
admin-stats-restarts = Started again from step:
admin-stats-forgets = Deleted (/forget) at step:
admin-stats-none = (nothing yet)
admin-stats-off = This bot counts nothing.
## /needs: searches for offers that found nothing
admin-needs-heading = 🔎 Searched for, but no offer found (count × topics · district · language):
admin-needs-line = { $count } × { $topics } · { $district } · { $language } ({ $month })
admin-needs-none = So far every search found at least one offer.
admin-district-unknown = district unknown
admin-needs-outside = outside every network (postcode { $area }…)
admin-scope = Network: { $networks }

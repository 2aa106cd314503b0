### Lokale Angebote: was ein Angebots-Schritt zeigt (Karten, „Mehr“, „nichts gefunden“).
### Die IDs hier benutzt der Programmcode. Text ändern: ja. ID umbenennen: nein.

offers-found = { $total ->
    [one] 📋 Ich kenne ein passendes Angebot:
   *[other] 📋 Ich kenne { $total } passende Angebote. Hier { $shown ->
        [one] Nr. { $from }:
       *[other] { $from }–{ $to }:
    }
}
offers-none = 📋 Dazu kenne ich leider noch kein Angebot in Ihrer Nähe. Fragen Sie gern beim { -jobcenter } oder beim { -jugendamt } nach. Dort kennt man die Angebote vor Ort.
offers-relaxed = ℹ️ Kein Angebot passt zu allen Ihren Angaben. Diese kommen am nächsten:
offers-unavailable = ⚠️ Die Liste der Angebote ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.
offers-more = ➕ Mehr Angebote
offers-near-saved = 📍 Danke! Ich sortiere Angebote jetzt nach der Entfernung zu Ihrem Standort.

offers-card-title = 📍 { $name } ({ $kind })
offers-card-provider = 🏢 { $provider }
offers-card-place = 🏠 { $place }
offers-card-distance = 📏 etwa { $km } km entfernt
offers-card-hours = 🕐 { $hours }
offers-card-offhours = 🌙 Auch { $times }
offers-card-childcare = 🧸 Kinderbetreuung während des Angebots
offers-card-languages = 🗣️ { $languages }
offers-card-cost = 💶 { $cost }
offers-card-phone = ☎️ { $phone }
offers-card-email = ✉️ { $email }
offers-card-web = 🌐 { $web }
offers-card-description = { $text }
offers-card-ask-first = ❔ { $what } – { $action }
offers-unconfirmed-both = Adresse und Öffnungszeiten noch nicht bestätigt
offers-unconfirmed-place = Adresse noch nicht bestätigt
offers-unconfirmed-hours = Öffnungszeiten noch nicht bestätigt
offers-ask-phone = bitte vorher anrufen.
offers-ask-web = bitte vorher online nachsehen.
offers-ask-other = bitte vorher nachfragen.
offers-card-checked = ✔️ Zuletzt geprüft am { $date }

offers-offhours-early = früh morgens
offers-offhours-late = abends
offers-offhours-weekend = am Wochenende

offers-cost-free = kostenlos
offers-cost-reduced = günstiger bei wenig Einkommen
offers-cost-fee = kostet Geld

offers-kind-office = Amt
offers-kind-counselling = Beratung
offers-kind-course = Kurs
offers-kind-childcare = Kinderbetreuung
offers-kind-family_centre = Familienzentrum
offers-kind-transport = Mobilität
offers-kind-health_insurer = Krankenkasse
offers-kind-legal = Recht
offers-kind-hotline = Telefon
offers-kind-group = Treff
offers-kind-other = Angebot

offers-day-mo = Mo
offers-day-tu = Di
offers-day-we = Mi
offers-day-th = Do
offers-day-fr = Fr
offers-day-sa = Sa
offers-day-su = So

## Texte der Angebots-Schritte in den Dialogen (dialogs/*.toml).

offers-opt-near = 📍 Angebote in meiner Nähe
offers-opt-near-courses = 📍 Kurse und Beratung in meiner Nähe
offers-opt-topic = ↩️ Zurück zum Thema
offers-ask-postcode = 📮 Wie ist Ihre Postleitzahl? Dann zeige ich Angebote in Ihrer Nähe zuerst. Schreiben Sie die 5 Ziffern, z. B. 42103.
offers-postcode-error = Das ist keine Postleitzahl. Bitte schreiben Sie 5 Ziffern, z. B. 42103.
offers-opt-skip-postcode = Ohne Postleitzahl weiter
offers-ask-offhours = 🕐 Brauchen Sie Betreuung außerhalb der üblichen Zeiten?
offers-offhours-opt-no = Nein, tagsüber reicht
offers-offhours-opt-early = Ja, früh morgens (vor 8 Uhr)
offers-offhours-opt-late = Ja, abends (nach 18 Uhr)
offers-offhours-opt-weekend = Ja, am Wochenende
offers-ask-childcare = 🧸 Brauchen Sie eine Kinderbetreuung, während Sie am Kurs oder an der Beratung teilnehmen?
offers-opt-childcare-yes = Ja, mit Kinderbetreuung
offers-opt-childcare-no = Nein, nicht nötig
offers-money = 💬 Beratung und Ämter in Ihrer Nähe zu Geld, Unterhalt und Anträgen:
offers-childcare = 🧸 Kinderbetreuung, Familienzentren und Beratung in Ihrer Nähe:
offers-training = 📚 Kurse und Beratung in Ihrer Nähe zu Sprache, Ausbildung und Arbeit:
offers-mobility = 🚌 Tickets und Mobilität in Ihrer Nähe:

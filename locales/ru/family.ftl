# Семья: рождение и первые месяцы, болезнь или больница, больной ребёнок.

fam-title = Малыш и болезнь
fam-start =
    👶 Малыш или болезнь: о чём речь?
fam-opt-baby = 👶 Жду / родился
fam-opt-ill = 🏥 Я болею / иду в больницу
fam-opt-child-ill = 🤒 Мой ребёнок болеет
fam-ask-postcode =
    📮 Ваш почтовый индекс? Тогда я назову учреждения рядом с вами.

## Рождение

birth-when = 👶 Когда родится или родился ваш ребёнок? Сроки считаются от месяца рождения.
birth-opt-expected = 🤰 Скоро
birth-opt-this-month = В этом месяце
birth-opt-last-month = В прошлом месяце
birth-opt-2-3 = 2–3 месяца назад
birth-opt-earlier = Больше 3 месяцев назад
birth-job = 💼 Вы работали по найму до родов?
birth-opt-job-yes = Да, по найму
birth-opt-job-no = Нет
birth-insured = 🩺 Как вы застрахованы?
birth-opt-member = Сама член Krankenkasse
birth-opt-other-insured = Частно или по семье
birth-parents = 👨‍👩‍👧 Вы замужем за отцом ребёнка?
birth-opt-unmarried = Не женаты
birth-opt-no-father = Отец неизвестен / не хочет
birth-opt-married = Женаты (и раздельно)
birth-opt-kita = 🧸 Место в Kita: когда и как

birth-result =
    👶 Что сделать после рождения – и где:
    ⏰ Зарегистрировать рождение за { $birth_register_days } дней. { -unterhaltsvorschuss } – подать в месяц рождения, { -elterngeld } – в первые { $elterngeld_backpay_months } месяца.

birth-benefit-register = Регистрация рождения
birth-benefit-insurance = Медицинская страховка ребёнка
birth-benefit-mg = { -mutterschaftsgeld(form: "long") }
birth-benefit-elternzeit = { -mutterschutz } и { -elternzeit }
birth-benefit-paternity = Отцовство и опека
birth-benefit-kita = Место в { -kita(case: "loc") } после { -elterngeld(case: "gen") }

fam-office-standesamt = { -standesamt } по месту рождения
fam-office-krankenkasse = { -krankenkasse }
fam-office-mg = { -krankenkasse } или { -bas }
fam-office-employer = работодатель
fam-office-elterngeld = { -elterngeldstelle }
fam-office-beistandschaft = { -jugendamt }
fam-office-kita = { -jugendamt } или портал { -kita(case: "gen") } города
fam-office-jugendamt = { -jugendamt }
fam-office-hospital = больница
fam-office-employer-kk = работодатель, затем { -krankenkasse }

birth-reg-reason = В течение { $birth_register_days } дней в { -standesamt(case: "loc", form: "long") } по месту рождения. Обычно больница сама сообщает о рождении. Вы получаете { $birth_certificates_free } бесплатных экземпляра: { -geburtsurkunde(form: "long") } для { -elterngeld(case: "gen") }, { -kindergeld(case: "gen") } и { -mutterschaftsgeld(case: "gen") }.
birth-ins-reason = Ребёнок бесплатно застрахован через вас: { -familienversicherung(form: "long") }. Сообщите в { -krankenkasse } сразу после родов.
birth-ins-reason-other = Бесплатно ребёнка страхуют только через родителя в государственной { -krankenkasse }. Спросите до родов, как будет застрахован ребёнок.
birth-mg-reason-nojob = { -mutterschaftsgeld } получают работающие матери. Не уверены? Спросите свою { -krankenkasse }.
birth-mg-reason-member = До { $mutterschaftsgeld_day } в день от { -krankenkasse }. Работодатель доплачивает до вашей зарплаты нетто за последние 3 месяца. { -mutterschutz }: { $mutterschutz_before_weeks } недель до и { $mutterschutz_after_weeks } после родов. Полностью вычитается из { -elterngeld(case: "gen") }.
birth-mg-reason-other = Один раз до { $mutterschaftsgeld_bas } от { -bas(form: "long") }. Работодатель всё равно доплачивает. Из { -elterngeld(case: "gen") } не вычитается.
birth-ez-reason = { -mutterschutz }: { $mutterschutz_before_weeks } недель до родов (работать можно, если хотите), { $mutterschutz_after_weeks } после (после преждевременных или многоплодных родов { $mutterschutz_after_long_weeks }). { -elternzeit(form: "long") }: до { $elternzeit_years } лет. Подайте письменно за { $elternzeit_notice_weeks } недель до начала. Если она должна начаться сразу после { -mutterschutz(case: "gen") }, срок наступает вскоре после родов. С момента заявления вас нельзя уволить.
birth-eg-reason = Подайте в первые { $elterngeld_backpay_months } месяца: за время до заявления платят не больше { $elterngeld_backpay_months } месяцев. Не меньше { $elterngeld_min } в месяц. Одна вы можете взять все { $elterngeld_months } месяцев.
birth-eg-reason-hagen = Для Хагена платит { -versorgungsamt-dortmund }. Подайте в первые { $elterngeld_backpay_months } месяца: за время до заявления платят не больше { $elterngeld_backpay_months } месяцев. Одна вы можете взять все { $elterngeld_months } месяцев.
birth-eg-reason-late = Подайте сейчас! За время до заявления платят не больше { $elterngeld_backpay_months } месяцев. Более ранние месяцы потеряны.
birth-kg-reason = { $kindergeld } в месяц на ребёнка. Подайте вместе с { -geburtsurkunde(form: "long") }.
birth-pat-reason-married = Только для родителей, которые не женаты.
birth-pat-reason = { -vaterschaftsanerkennung(form: "long") } и { -sorgeerklaerung(form: "long") }: бесплатно в { -jugendamt(case: "loc") } (у нотариуса платно). Можно ещё до родов. Нужно ваше согласие. Без { -sorgeerklaerung } опека только у вас.
birth-pat-reason-none = Без { -vaterschaftsanerkennung } и { -sorgeerklaerung } опека только у вас. Подтверждение даёт { -jugendamt }: { -negativbescheinigung(form: "long") }.
birth-uvg-reason = { $uvg_0_5 } в месяц с месяца рождения. Подайте в месяц рождения: задним числом платят только за { $uvg_backpay_months } месяц до заявления. Вы должны помочь найти отца, насколько можете.
birth-uvg-reason-maybe = Если отец не платит алименты или платит мало: { $uvg_0_5 } в месяц с месяца рождения. Подайте в месяц рождения: задним числом только { $uvg_backpay_months } месяц.
birth-kita-reason = { -elterngeld } платят до { $elterngeld_months } месяцев. Право на место у ребёнка с { $kita_right_age } года. Запишите его рано, чтобы { -kita } началась, когда закончится { -elterngeld }. Как это у вас: 🧸 ниже.

birth-todo-register = { -standesamt }: зарегистрировать рождение за { $birth_register_days } дней (часто это делает больница) – забрать бесплатные экземпляры: { -geburtsurkunde(form: "long") }.
birth-todo-insurance = { -krankenkasse }: сразу после родов оформить ребёнку { -familienversicherung(form: "long") } – взять { -geburtsurkunde }.
birth-todo-insurance-other = Если вы сами не в государственной { -krankenkasse }: до родов спросить, как застраховать ребёнка.
birth-todo-mg-member = { -krankenkasse }: подать на { -mutterschaftsgeld } – работодатель доплачивает.
birth-todo-mg-other = { -bas }: подать на { -mutterschaftsgeld } (один раз до { $mutterschaftsgeld_bas }) – работодатель доплачивает.
birth-todo-elternzeit = Работодатель: письменно заявить { -elternzeit(form: "long") } – за { $elternzeit_notice_weeks } недель до начала.
birth-todo-elterngeld-hagen = { -versorgungsamt-dortmund } (для Хагена): подать на { -elterngeld } в первые { $elterngeld_backpay_months } месяца – { -geburtsurkunde }, расчётные листки.
birth-todo-kindergeld = { -familienkasse }: подать на { -kindergeld } для ребёнка – взять { -geburtsurkunde }.
birth-todo-paternity = { -jugendamt }: записаться на { -vaterschaftsanerkennung } и { -sorgeerklaerung } – бесплатно, можно и до родов.
birth-todo-sole-custody = { -jugendamt }: получить { -negativbescheinigung(form: "long") }.
birth-todo-uvg = { -jugendamt } ({ -unterhaltsvorschussstelle }): подать на { -unterhaltsvorschuss } в месяц рождения – { -geburtsurkunde }, данные об отце.
birth-todo-uvg-maybe = Если отец не платит алименты или платит мало: в месяц рождения подать на { -unterhaltsvorschuss } в { -jugendamt(case: "loc") }.

## Болезнь или больница

ill-kind = 🏥 Что у вас?
ill-opt-planned = Больница или реабилитация
ill-opt-sudden = Вдруг тяжело заболела
ill-child = 🧒 С вами живёт ребёнок до { $haushaltshilfe_age } лет или ребёнок с инвалидностью?
ill-other = 👥 Может ли кто-то у вас дома взять на себя детей и хозяйство?
ill-opt-nobody = Нет, никто
ill-opt-somebody = Да
ill-job = 💼 Вы работаете по найму?

ill-result =
    🏥 Кто поможет, когда вы болеете:
    ⏰ { -haushaltshilfe } – подать до того, как ляжете в больницу.

ill-benefit-haushaltshilfe = { -haushaltshilfe(form: "long") }
ill-benefit-care = Присмотр за детьми
ill-benefit-social = { -sozialdienst }
ill-benefit-pay = Зарплата и { -krankengeld }

ill-hh-reason-age = Только если дома ребёнок до { $haushaltshilfe_age } лет или ребёнок с инвалидностью.
ill-hh-reason-other = Только если никто у вас дома не может вас заменить.
ill-hh-reason-planned = Подайте до госпитализации, со справкой от врача. Вы доплачиваете { $hh_copay } % в день (от { $hh_copay_min } до { $hh_copay_max }). Помочь может и соседка или друг – им платят { $hh_helper_hour } в час, не больше { $hh_helper_day } в день (на { $hh_helper_hour_from }; сумма на 2026 год ещё не подтверждена). Бабушки, дедушки, братья и сёстры получают только расходы, например на дорогу.
ill-hh-reason-sudden = Также без больницы, если вы тяжело болеете: до { $hh_home_weeks } недель, с ребёнком до { $haushaltshilfe_age } лет – до { $hh_home_weeks_child }. Подайте сразу, со справкой от врача. Соседке или другу могут платить { $hh_helper_hour } в час (на { $hh_helper_hour_from }; 2026 не подтверждено).
ill-care-reason = Если { -krankenkasse } не платит за помощь или платит мало: { -jugendamt } может организовать присмотр дома.
ill-social-reason = Она есть почти в каждой больнице. Организует помощь дома и помогает с заявлениями. Позвоните до госпитализации.
ill-social-reason-maybe = Если придётся лечь в больницу: сразу спросите о социальной службе. Она поможет с помощью дома и заявлениями.
ill-pay-reason = { -entgeltfortzahlung(form: "long") }: работодатель платит { $sick_pay_weeks } недель. Потом { -krankenkasse } платит { -krankengeld(form: "long") }: { $krankengeld_gross } % брутто, не больше { $krankengeld_net } % нетто, до { $krankengeld_weeks } недель за { $krankengeld_years } года.

ill-todo-hh-planned = { -krankenkasse }: подать на { -haushaltshilfe } до госпитализации – справка от врача; имя помощницы, если помогает соседка или друг.
ill-todo-social = Больница: до госпитализации позвонить в социальную службу (Sozialdienst) – договориться о помощи дома и заявлениях.
ill-todo-social-maybe = Если придётся лечь в больницу: сразу спросить о социальной службе (Sozialdienst).
ill-todo-pay = Работодатель: отдать больничный. Через { $sick_pay_weeks } недель { -krankenkasse } платит { -krankengeld }.

## Больной ребёнок

kid-age = 🤒 Сколько лет больному ребёнку?
kid-opt-under-12 = До { $kkg_age } лет
kid-opt-hospital = До { $kkg_hospital_age }, в больнице
kid-opt-from-12 = { $kkg_age } и старше

kid-result =
    🤒 Если вы не можете работать, потому что ребёнок болеет:

kid-benefit-kkg = { -kinderkrankengeld(form: "long") }

kid-kkg-reason-age = Только для детей до { $kkg_age } лет.
kid-kkg-reason-job = Он заменяет зарплату: только если вы работаете по найму.
kid-kkg-reason = Для одиноких родителей: { $kkg_days_single } рабочих дней на ребёнка в год, на всех детей не больше { $kkg_days_single_max } (на { $kkg_days_single_from }). { $kkg_rate } % потерянного нетто. Вы и ребёнок застрахованы в государственной кассе; справка от детского врача.
kid-kkg-reason-hospital = Если вы лежите с ребёнком до { $kkg_hospital_age } лет в больнице: без ограничения, и эти дни не считаются к вашим { $kkg_days_single }. { $kkg_rate } % потерянного нетто.

kid-todo-kkg-hospital = { -krankenkasse }: подать на { -kinderkrankengeld } за время в больнице – взять справку от врача.

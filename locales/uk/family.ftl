# Сім'я: народження і перші місяці, хвороба або лікарня, хвора дитина.

fam-title = Немовля і хвороба
fam-start =
    👶 Немовля чи хвороба: про що йдеться?
fam-opt-baby = 👶 Чекаю / народилося
fam-opt-ill = 🏥 Я хворію / іду в лікарню
fam-opt-child-ill = 🤒 Моя дитина хворіє
fam-ask-postcode =
    📮 Ваш поштовий індекс? Тоді я назву установи поруч із вами.

## Народження

birth-when = 👶 Коли народиться або народилася ваша дитина? Строки рахують від місяця народження.
birth-opt-expected = 🤰 Скоро
birth-opt-this-month = Цього місяця
birth-opt-last-month = Минулого місяця
birth-opt-2-3 = 2–3 місяці тому
birth-opt-earlier = Понад 3 місяці тому
birth-job = 💼 Ви працювали за наймом перед пологами?
birth-opt-job-yes = Так, за наймом
birth-opt-job-no = Ні
birth-insured = 🩺 Як ви застраховані?
birth-opt-member = Сама член Krankenkasse
birth-opt-other-insured = Приватно або сімейно
birth-parents = 👨‍👩‍👧 Ви одружені з батьком дитини?
birth-opt-unmarried = Не одружені
birth-opt-no-father = Батько невідомий / не хоче
birth-opt-married = Одружені (і окремо)
birth-opt-kita = 🧸 Місце в Kita: коли і як

birth-result =
    👶 Що зробити після народження – і де:
    ⏰ Зареєструвати народження за { $birth_register_days } днів. { -unterhaltsvorschuss } – подати в місяці народження, { -elterngeld } – у перші { $elterngeld_backpay_months } місяці.

birth-benefit-register = Реєстрація народження
birth-benefit-insurance = Медичне страхування дитини
birth-benefit-mg = { -mutterschaftsgeld(form: "long") }
birth-benefit-elternzeit = { -mutterschutz } і { -elternzeit }
birth-benefit-paternity = Батьківство і опіка
birth-benefit-kita = Місце в { -kita(case: "loc") } після { -elterngeld(case: "gen") }

fam-office-standesamt = { -standesamt } за місцем народження
fam-office-krankenkasse = { -krankenkasse }
fam-office-mg = { -krankenkasse } або { -bas }
fam-office-employer = роботодавець
fam-office-elterngeld = { -elterngeldstelle }
fam-office-beistandschaft = { -jugendamt }
fam-office-kita = { -jugendamt } або портал { -kita(case: "gen") } міста
fam-office-jugendamt = { -jugendamt }
fam-office-hospital = лікарня
fam-office-employer-kk = роботодавець, потім { -krankenkasse }

birth-reg-reason = Протягом { $birth_register_days } днів у { -standesamt(case: "loc", form: "long") } за місцем народження. Зазвичай лікарня сама повідомляє про народження. Ви отримуєте { $birth_certificates_free } безкоштовні примірники: { -geburtsurkunde(form: "long") } для { -elterngeld(case: "gen") }, { -kindergeld(case: "gen") } і { -mutterschaftsgeld(case: "gen") }.
birth-ins-reason = Дитина безкоштовно застрахована через вас: { -familienversicherung(form: "long") }. Повідомте { -krankenkasse } одразу після пологів.
birth-ins-reason-other = Безкоштовно дитину страхують лише через батька чи матір у державній { -krankenkasse }. Запитайте до пологів, як буде застрахована дитина.
birth-mg-reason-nojob = { -mutterschaftsgeld } отримують матері, які працюють. Не впевнені? Запитайте свою { -krankenkasse }.
birth-mg-reason-member = До { $mutterschaftsgeld_day } на день від { -krankenkasse }. Роботодавець доплачує до вашого нетто за останні 3 місяці. { -mutterschutz }: { $mutterschutz_before_weeks } тижнів до і { $mutterschutz_after_weeks } після пологів. Повністю віднімається від { -elterngeld(case: "gen") }.
birth-mg-reason-other = Один раз до { $mutterschaftsgeld_bas } від { -bas(form: "long") }. Роботодавець усе одно доплачує. Від { -elterngeld(case: "gen") } не віднімається.
birth-ez-reason = { -mutterschutz }: { $mutterschutz_before_weeks } тижнів до пологів (працювати можна, якщо хочете), { $mutterschutz_after_weeks } після (після передчасних або багатоплідних пологів { $mutterschutz_after_long_weeks }). { -elternzeit(form: "long") }: до { $elternzeit_years } років. Подайте письмово за { $elternzeit_notice_weeks } тижнів до початку. Якщо вона має початися одразу після { -mutterschutz(case: "gen") }, строк настає невдовзі після пологів. Від заяви вас не можна звільнити.
birth-eg-reason = Подайте в перші { $elterngeld_backpay_months } місяці: за час до заяви платять щонайбільше { $elterngeld_backpay_months } місяці. Щонайменше { $elterngeld_min } на місяць. Самі ви можете взяти всі { $elterngeld_months } місяців.
birth-eg-reason-hagen = Для Гагена платить { -versorgungsamt-dortmund }. Подайте в перші { $elterngeld_backpay_months } місяці: за час до заяви платять щонайбільше { $elterngeld_backpay_months } місяці. Самі ви можете взяти всі { $elterngeld_months } місяців.
birth-eg-reason-late = Подайте зараз! За час до заяви платять щонайбільше { $elterngeld_backpay_months } місяці. Раніші місяці втрачено.
birth-kg-reason = { $kindergeld } на місяць на дитину. Подайте разом із { -geburtsurkunde(form: "long") }.
birth-pat-reason-married = Лише для батьків, які не одружені.
birth-pat-reason = { -vaterschaftsanerkennung(form: "long") } і { -sorgeerklaerung(form: "long") }: безкоштовно в { -jugendamt(case: "loc") } (нотаріус бере гроші). Можна ще до пологів. Потрібна ваша згода. Без { -sorgeerklaerung } опіка лише у вас.
birth-pat-reason-none = Без { -vaterschaftsanerkennung } і { -sorgeerklaerung } опіка лише у вас. Підтвердження дає { -jugendamt }: { -negativbescheinigung(form: "long") }.
birth-uvg-reason = { $uvg_0_5 } на місяць від місяця народження. Подайте в місяці народження: заднім числом платять лише за { $uvg_backpay_months } місяць до заяви. Ви маєте допомогти знайти батька, наскільки можете.
birth-uvg-reason-maybe = Якщо батько не платить аліментів або платить замало: { $uvg_0_5 } на місяць від місяця народження. Подайте в місяці народження: заднім числом лише { $uvg_backpay_months } місяць.
birth-kita-reason = { -elterngeld } платять до { $elterngeld_months } місяців. Право на місце дитина має з { $kita_right_age } року. Запишіть її рано, щоб { -kita } почалася, коли скінчиться { -elterngeld }. Як це у вас: 🧸 нижче.

birth-todo-register = { -standesamt }: зареєструвати народження за { $birth_register_days } днів (часто це робить лікарня) – забрати безкоштовні примірники: { -geburtsurkunde(form: "long") }.
birth-todo-insurance = { -krankenkasse }: одразу після пологів оформити дитині { -familienversicherung(form: "long") } – взяти { -geburtsurkunde }.
birth-todo-insurance-other = Якщо ви самі не в державній { -krankenkasse }: до пологів запитати, як застрахувати дитину.
birth-todo-mg-member = { -krankenkasse }: подати на { -mutterschaftsgeld } – роботодавець доплачує.
birth-todo-mg-other = { -bas }: подати на { -mutterschaftsgeld } (один раз до { $mutterschaftsgeld_bas }) – роботодавець доплачує.
birth-todo-elternzeit = Роботодавець: письмово заявити { -elternzeit(form: "long") } – за { $elternzeit_notice_weeks } тижнів до початку.
birth-todo-elterngeld-hagen = { -versorgungsamt-dortmund } (для Гагена): подати на { -elterngeld } у перші { $elterngeld_backpay_months } місяці – { -geburtsurkunde }, розрахункові листки.
birth-todo-kindergeld = { -familienkasse }: подати на { -kindergeld } для дитини – взяти { -geburtsurkunde }.
birth-todo-paternity = { -jugendamt }: записатися на { -vaterschaftsanerkennung } і { -sorgeerklaerung } – безкоштовно, можна й до пологів.
birth-todo-sole-custody = { -jugendamt }: отримати { -negativbescheinigung(form: "long") }.
birth-todo-uvg = { -jugendamt } ({ -unterhaltsvorschussstelle }): подати на { -unterhaltsvorschuss } у місяці народження – { -geburtsurkunde }, дані про батька.
birth-todo-uvg-maybe = Якщо батько не платить аліментів або платить замало: у місяці народження подати на { -unterhaltsvorschuss } в { -jugendamt(case: "loc") }.

## Хвороба або лікарня

ill-kind = 🏥 Що у вас?
ill-opt-planned = Лікарня або реабілітація
ill-opt-sudden = Раптом тяжко захворіла
ill-child = 🧒 З вами живе дитина до { $haushaltshilfe_age } років або дитина з інвалідністю?
ill-other = 👥 Чи може хтось у вашому домі подбати про дітей і господарство?
ill-opt-nobody = Ні, ніхто
ill-opt-somebody = Так
ill-job = 💼 Ви працюєте за наймом?

ill-result =
    🏥 Хто допоможе, коли ви хворієте:
    ⏰ { -haushaltshilfe } – подати до того, як ляжете в лікарню.

ill-benefit-haushaltshilfe = { -haushaltshilfe(form: "long") }
ill-benefit-care = Догляд за дітьми
ill-benefit-social = { -sozialdienst }
ill-benefit-pay = Зарплата і { -krankengeld }

ill-hh-reason-age = Лише якщо вдома дитина до { $haushaltshilfe_age } років або дитина з інвалідністю.
ill-hh-reason-other = Лише якщо ніхто у вашому домі не може вас замінити.
ill-hh-reason-planned = Подайте до госпіталізації, з довідкою від лікаря. Ви доплачуєте { $hh_copay } % на день (від { $hh_copay_min } до { $hh_copay_max }). Допомогти може й сусідка чи друг – їм платять { $hh_helper_hour } за годину, щонайбільше { $hh_helper_day } на день (станом на { $hh_helper_hour_from }; сума на 2026 рік ще не підтверджена). Бабусі, дідусі, брати й сестри отримують лише витрати, як-от на дорогу.
ill-hh-reason-sudden = Також без лікарні, якщо ви тяжко хворієте: до { $hh_home_weeks } тижнів, з дитиною до { $haushaltshilfe_age } років – до { $hh_home_weeks_child }. Подайте одразу, з довідкою від лікаря. Сусідці чи другові можуть платити { $hh_helper_hour } за годину (станом на { $hh_helper_hour_from }; 2026 не підтверджено).
ill-care-reason = Якщо { -krankenkasse } не платить за допомогу або платить замало: { -jugendamt } може організувати догляд удома.
ill-social-reason = Вона є майже в кожній лікарні. Організовує допомогу вдома і допомагає із заявами. Зателефонуйте до госпіталізації.
ill-social-reason-maybe = Якщо доведеться лягти в лікарню: одразу спитайте про соціальну службу. Вона допоможе з допомогою вдома і заявами.
ill-pay-reason = { -entgeltfortzahlung(form: "long") }: роботодавець платить { $sick_pay_weeks } тижнів. Потім { -krankenkasse } платить { -krankengeld(form: "long") }: { $krankengeld_gross } % брутто, не більше { $krankengeld_net } % нетто, до { $krankengeld_weeks } тижнів за { $krankengeld_years } роки.

ill-todo-hh-planned = { -krankenkasse }: подати на { -haushaltshilfe } до госпіталізації – довідка від лікаря; ім'я помічниці, якщо допомагає сусідка чи друг.
ill-todo-social = Лікарня: до госпіталізації зателефонувати в соціальну службу (Sozialdienst) – домовитися про допомогу вдома і заяви.
ill-todo-social-maybe = Якщо доведеться лягти в лікарню: одразу спитати про соціальну службу (Sozialdienst).
ill-todo-pay = Роботодавець: віддати лікарняний. Через { $sick_pay_weeks } тижнів { -krankenkasse } платить { -krankengeld }.

## Хвора дитина

kid-age = 🤒 Скільки років хворій дитині?
kid-opt-under-12 = До { $kkg_age } років
kid-opt-hospital = До { $kkg_hospital_age }, у лікарні
kid-opt-from-12 = { $kkg_age } і старше

kid-result =
    🤒 Якщо ви не можете працювати, бо дитина хворіє:

kid-benefit-kkg = { -kinderkrankengeld(form: "long") }

kid-kkg-reason-age = Лише для дітей до { $kkg_age } років.
kid-kkg-reason-job = Він замінює зарплату: лише якщо ви працюєте за наймом.
kid-kkg-reason = Для самотніх батьків: { $kkg_days_single } робочих днів на дитину на рік, на всіх дітей щонайбільше { $kkg_days_single_max } (станом на { $kkg_days_single_from }). { $kkg_rate } % втраченого нетто. Ви і дитина застраховані в державній касі; довідка від дитячого лікаря.
kid-kkg-reason-hospital = Якщо ви лежите з дитиною до { $kkg_hospital_age } років у лікарні: без обмеження, і ці дні не рахуються до ваших { $kkg_days_single }. { $kkg_rate } % втраченого нетто.

kid-todo-kkg-hospital = { -krankenkasse }: подати на { -kinderkrankengeld } за час у лікарні – взяти довідку від лікаря.

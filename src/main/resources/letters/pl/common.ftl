<#-- Wspólne fragmenty polskich pism. Każde ${...} musi być wypełnione, inaczej pismo nie zostanie wysłane. -->
<#assign rightNames = {
  "ACCESS": "dostęp do Pani/Pana danych osobowych (art. 15 RODO)",
  "RECTIFICATION": "sprostowanie Pani/Pana danych osobowych (art. 16 RODO)",
  "ERASURE": "usunięcie Pani/Pana danych osobowych (art. 17 RODO)",
  "RESTRICTION": "ograniczenie przetwarzania Pani/Pana danych osobowych (art. 18 RODO)",
  "PORTABILITY": "kopia danych do przeniesienia do innej firmy (art. 20 RODO)",
  "OBJECTION": "sprzeciw wobec przetwarzania Pani/Pana danych osobowych (art. 21 RODO)",
  "CONSENT_WITHDRAWAL": "wycofanie zgody (art. 7 ust. 3 RODO)",
  "AUTOMATED_DECISION": "ponowne rozpatrzenie decyzji podjętej wyłącznie w sposób zautomatyzowany (art. 22 RODO)",
  "QUESTION": "pytanie o to, jak wykorzystujemy Pani/Pana dane osobowe"
}>
<#assign reasonTexts = {
  "IDENTITY_NOT_ESTABLISHED": "Nie udało nam się potwierdzić, że jest Pani/Pan osobą, której dotyczą dane. Możemy udostępnić lub zmienić dane osobowe dopiero wtedy, gdy mamy co do tego pewność – tak, aby nikt inny nie uzyskał Pani/Pana danych ani ich nie zmienił (art. 11 ust. 2 i art. 12 ust. 6 RODO).",
  "MANIFESTLY_UNFOUNDED": "Żądanie jest ewidentnie nieuzasadnione: nie dotyczy żadnego z praw, które przepisy o ochronie danych przyznają Pani/Panu w odniesieniu do danych osobowych przetwarzanych przez nas (art. 12 ust. 5 RODO).",
  "EXCESSIVE": "Żądanie jest nadmierne, w szczególności dlatego, że powtarza żądania, na które niedawno już odpowiedzieliśmy (art. 12 ust. 5 RODO).",
  "LEGAL_RETENTION_DUTY": "Przepisy prawa zobowiązują nas do przechowywania niektórych danych przez określony czas, na przykład faktur do celów podatkowych i rachunkowych. Przechowujemy te dane wyłącznie w tym celu i usuniemy je po upływie tego okresu (art. 17 ust. 3 lit. b RODO).",
  "LEGAL_CLAIMS": "Niektóre dane są nam potrzebne do ustalenia, dochodzenia lub obrony roszczeń, na przykład w sporze, który nie został jeszcze zakończony (art. 17 ust. 3 lit. e RODO).",
  "RIGHTS_OF_OTHERS": "Część informacji ujawniłaby dane osobowe innych osób lub w inny sposób naruszyłaby ich prawa, dlatego nie możemy jej przekazać (art. 15 ust. 4 RODO).",
  "NO_DATA_HELD": "Przeszukaliśmy wszystkie nasze systemy i nie przetwarzamy żadnych Pani/Pana danych osobowych (art. 15 ust. 1 RODO).",
  "COMPLEX_REQUEST": "Pani/Pana żądanie jest złożone i potrzebujemy więcej czasu, aby odpowiedzieć na nie w pełni i prawidłowo (art. 12 ust. 3 RODO).",
  "NUMBER_OF_REQUESTS": "Otrzymaliśmy wyjątkowo dużą liczbę żądań i potrzebujemy więcej czasu, aby rzetelnie rozpatrzyć Pani/Pana żądanie (art. 12 ust. 3 RODO)."
}>

<#-- Polski zwrot grzecznościowy nie zawiera imienia i nazwiska: forma wołacza zależy od płci, której nie znamy. -->
<#macro greeting>
Dzień dobry,
</#macro>

<#macro rightList>
<#list rights as r>
- ${rightNames[r]}
</#list>
</#macro>

<#macro explainReasons>
<#list reasons as r>
<#if r != "OTHER">
- ${reasonTexts[r]}
</#if>
</#list>
<#if reasonDetails??>

${reasonDetails}
</#if>
</#macro>

<#macro authority>
  ${controller.supervisoryAuthority.name}
  ${controller.supervisoryAuthority.address}
  ${controller.supervisoryAuthority.website}
</#macro>

<#-- Art. 12 ust. 4: zawsze, gdy nie robimy (wszystkiego), o co proszono, i gdy klient pozostaje niezadowolony. -->
<#macro remedies>
Pani/Pana prawa, jeśli nie zgadza się Pani/Pan z naszą odpowiedzią (art. 12 ust. 4 RODO):
- Ma Pani/Pan prawo wnieść skargę do organu nadzorczego (art. 77 RODO):
<@authority/>
- Ma Pani/Pan prawo do skutecznego środka ochrony prawnej przed sądem (art. 79 RODO). Może Pani/Pan wystąpić do sądu w państwie, w którym mamy siedzibę, albo w państwie, w którym Pani/Pan mieszka.
Może Pani/Pan też najpierw napisać do nas: ${controller.dataProtectionContact} – ponownie przeanalizujemy sprawę.
</#macro>

<#macro yourRights>
Pani/Pana prawa: może Pani/Pan żądać sprostowania nieprawidłowych danych (art. 16 RODO), usunięcia danych (art. 17 RODO) oraz ograniczenia ich przetwarzania (art. 18 RODO). Może Pani/Pan wnieść sprzeciw wobec przetwarzania danych, które opiera się na naszym prawnie uzasadnionym interesie lub służy marketingowi bezpośredniemu (art. 21 RODO). Jeżeli przetwarzamy dane na podstawie Pani/Pana zgody, może ją Pani/Pan w każdej chwili wycofać (art. 7 ust. 3 RODO). Ma Pani/Pan także prawo wnieść skargę do organu nadzorczego: ${controller.supervisoryAuthority.name}, ${controller.supervisoryAuthority.address}, ${controller.supervisoryAuthority.website} (art. 77 RODO).
</#macro>

<#macro dataValues>
<#list dataFound as item>
<#if item.rows gt 0>
${item.category} (liczba wpisów: ${item.rows})
<#list item.values as row>
  - <#list row as field, value>${field}: ${value}<#sep>; </#sep></#list>
</#list>
</#if>
</#list>
</#macro>

<#macro processing>
<#list processingInfo as a>
${a?counter}. Cel: ${a.purpose}
   Podstawa prawna: ${a.legalBasis}
   Kategorie danych: ${a.dataCategories?join(", ")}
   Odbiorcy: <#if a.recipients?has_content>${a.recipients?join(", ")}<#else>nikt poza naszą firmą</#if>
   Jak długo przechowujemy dane: ${a.retention}
   Skąd pochodzą dane: ${a.source}
</#list>
</#macro>

<#macro art19Recipients>
<#if recipientsNotified?has_content>
Poinformowaliśmy wszystkich, którym ujawniliśmy te dane (art. 19 RODO):
<#list recipientsNotified as recipient>
- ${recipient}
</#list>
<#else>
Nie ujawnialiśmy tych danych nikomu, więc nie było kogo informować (art. 19 RODO).
</#if>
</#macro>

<#-- Co zrobiliśmy w odniesieniu do jednego prawa (odpowiedź i częściowa odmowa). -->
<#macro outcome right>
<#switch right>
<#case "ACCESS">
<#if dataFound?filter(i -> i.rows gt 0)?has_content>
Potwierdzamy, że przetwarzamy Pani/Pana dane osobowe. Oto dane, które posiadamy (kopia jest bezpłatna, art. 15 ust. 3 RODO):

<@dataValues/>

W jakim celu i w jaki sposób je wykorzystujemy (art. 15 ust. 1 RODO):
<@processing/>

<@yourRights/>
<#else>
Przeszukaliśmy wszystkie nasze systemy i nie przetwarzamy żadnych Pani/Pana danych osobowych (art. 15 ust. 1 RODO).
</#if>
<#break>
<#case "RECTIFICATION">
<#if correctionsApplied?has_content>
Sprostowaliśmy następujące dane: ${correctionsApplied?join(", ")}.
<#else>
Nie sprostowaliśmy żadnych danych (szczegóły poniżej).
</#if>
<@art19Recipients/>
<#break>
<#case "ERASURE">
<#if erased?filter(i -> i.rows gt 0)?has_content>
Usunęliśmy następujące Pani/Pana dane osobowe:
<#list erased?filter(i -> i.rows gt 0) as item>
- ${item.category} (liczba wpisów: ${item.rows})
</#list>
<#else>
Nie usunęliśmy żadnych danych (szczegóły poniżej).
</#if>
<@art19Recipients/>
<#break>
<#case "RESTRICTION">
Ograniczyliśmy przetwarzanie Pani/Pana danych osobowych: od teraz jedynie je przechowujemy. W inny sposób wykorzystamy je tylko za Pani/Pana zgodą, w celu ustalenia, dochodzenia lub obrony roszczeń, w celu ochrony praw innej osoby lub z uwagi na ważny interes publiczny (art. 18 ust. 2 RODO). Zanim zniesiemy ograniczenie, poinformujemy Panią/Pana o tym (art. 18 ust. 3 RODO).
<@art19Recipients/>
<#break>
<#case "PORTABILITY">
W załączniku do tej wiadomości przesyłamy Pani/Pana dane w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego. Może je Pani/Pan przekazać innej firmie (art. 20 RODO).
<#break>
<#case "OBJECTION">
Nie wykorzystujemy już Pani/Pana danych osobowych w celach, wobec których został wniesiony sprzeciw (art. 21 RODO).
<#break>
<#case "CONSENT_WITHDRAWAL">
Odnotowaliśmy wycofanie zgody i nie przetwarzamy już Pani/Pana danych na jej podstawie. Wycofanie zgody nie wpływa na zgodność z prawem przetwarzania, którego dokonaliśmy przed jej wycofaniem (art. 7 ust. 3 RODO).
<#break>
<#case "AUTOMATED_DECISION">
Decyzję ponownie rozpatrzyła osoba z naszego zespołu. W każdej chwili może Pani/Pan przedstawić nam swoje stanowisko i zakwestionować decyzję (art. 22 ust. 3 RODO).
<#break>
<#case "QUESTION">
${explanation}
<#break>
</#switch>
</#macro>

<#-- Pliki odpowiedzi wysłanej e-mailem, także jako linki do pobrania; tylko gdy list je zawiera. -->
<#macro downloads>
<#if downloadLinks?has_content>

Pobieranie danych
Pliki są załączone do tej wiadomości. Można je też pobrać za pomocą poniższych linków do dnia ${downloadLinksValidUntil} r. włącznie:
<#list downloadLinks as link>
- ${link.file}: ${link.url}
</#list>
Każdy, kto ma te linki, może otworzyć pliki, dlatego prosimy ich nie przekazywać dalej. Po tym dniu linki przestaną działać; jeśli będzie Pani/Pan potrzebować danych ponownie, wystarczy odpowiedzieć na tę wiadomość.
</#if>
</#macro>

<#macro outcomes>
<#list rights as r>

${rightNames[r]?cap_first}
<@outcome r/>
</#list>
<#if explanation?? && !rights?seq_contains("QUESTION")>

${explanation}
</#if>
<@downloads/>
</#macro>

<#macro signature>
Z poważaniem

<#if signedBy??>
${signedBy}
</#if>
Zespół ds. ochrony danych osobowych, ${controller.companyName}
${controller.address}
Kontakt w sprawach ochrony danych: ${controller.dataProtectionContact}
<#if controller.dpoName??>
Inspektor ochrony danych: ${controller.dpoName}
</#if>
Polityka prywatności: ${controller.privacyPolicyUrl}

W odpowiedzi prosimy podać numer sprawy: ${caseNumber}.
</#macro>

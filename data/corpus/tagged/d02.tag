# News-wire sentences on war, militant attacks, protests, crackdowns and humanitarian crises in the Middle East (Gaza, Lebanon, Syria, Iraq, Iran, Yemen) and South Asia (Pakistan, Afghanistan, Myanmar, Bangladesh); includes headlines.
Israeli/JJ airstrikes/NNS killed/VBD at/IN least/JJS 30/CD people/NNS across/IN the/DT Gaza/NNP Strip/NNP overnight/RB ,/, including/VBG several/JJ children/NNS ,/, the/DT territory/NN 's/POS civil/JJ defence/NN agency/NN said/VBD ./.
Israel/NNP strikes/VBZ Gaza/NNP school/NN sheltering/VBG displaced/VBN families/NNS
The/DT Israeli/JJ military/NN said/VBD it/PRP had/VBD targeted/VBN a/DT Hamas/NNP command/NN centre/NN that/WDT was/VBD operating/VBG inside/IN the/DT compound/NN ./.
Hamas/NNP rejects/VBZ the/DT charge/NN and/CC says/VBZ the/DT building/NN housed/VBD only/RB civilians/NNS ./.
More/JJR than/IN 90/CD percent/NN of/IN Gaza/NNP 's/POS population/NN has/VBZ been/VBN displaced/VBN at/IN least/JJS once/RB ,/, according/VBG to/TO United/NNP Nations/NNPS estimates/NNS ./.
Aid/NN trucks/NNS waited/VBD for/IN days/NNS at/IN the/DT Kerem/NNP Shalom/NNP crossing/NN while/IN Israeli/JJ officials/NNS inspected/VBD their/PRP$ cargo/NN ./.
"/" People/NNS are/VBP eating/VBG animal/NN feed/NN because/IN there/EX is/VBZ nothing/NN else/RB ,/, "/" a/DT doctor/NN in/IN Gaza/NNP City/NNP said/VBD ./.
An/DT integrated/VBN food/NN security/NN analysis/NN declared/VBD famine/NN in/IN Gaza/NNP City/NNP in/IN August/NNP ,/, the/DT first/JJ such/JJ finding/NN in/IN the/DT Middle/NNP East/NNP ./.
Israel/NNP disputed/VBD the/DT finding/NN and/CC said/VBD the/DT report/NN relied/VBD on/IN flawed/VBN data/NNS ./.
Crowds/NNS of/IN Palestinians/NNPS who/WP gathered/VBD near/IN an/DT aid/NN distribution/NN site/NN in/IN Rafah/NNP came/VBD under/IN fire/NN ,/, witnesses/NNS said/VBD ./.
The/DT Gaza/NNP Humanitarian/NNP Foundation/NNP ,/, which/WDT is/VBZ backed/VBN by/IN the/DT United/NNP States/NNPS and/CC Israel/NNP ,/, denied/VBD that/IN any/DT shooting/NN had/VBD taken/VBN place/NN at/IN its/PRP$ sites/NNS ./.
Gaza/NNP ceasefire/NN takes/VBZ effect/NN as/IN hostages/NNS are/VBP freed/VBN
Under/IN the/DT agreement/NN ,/, Hamas/NNP was/VBD to/TO release/VB the/DT remaining/VBG living/VBG hostages/NNS in/IN exchange/NN for/IN nearly/RB 2,000/CD Palestinian/JJ prisoners/NNS ./.
Crowds/NNS in/IN Tel/NNP Aviv/NNP cheered/VBD as/IN the/DT freed/VBN hostages/NNS were/VBD handed/VBN to/TO the/DT Red/NNP Cross/NNP ./.
Families/NNS of/IN hostages/NNS rally/VBP outside/IN Netanyahu/NNP 's/POS office/NN
Benjamin/NNP Netanyahu/NNP ,/, Israel/NNP 's/POS prime/JJ minister/NN ,/, faces/VBZ pressure/NN from/IN his/PRP$ far-right/JJ coalition/NN partners/NNS ,/, who/WP oppose/VBP any/DT deal/NN that/WDT ends/VBZ the/DT war/NN ./.
Itamar/NNP Ben-Gvir/NNP threatened/VBD to/TO quit/VB the/DT government/NN if/IN the/DT fighting/NN stopped/VBD ./.
In/IN the/DT occupied/VBN West/NNP Bank/NNP ,/, settlers/NNS set/VBD fire/NN to/TO cars/NNS and/CC homes/NNS in/IN a/DT Palestinian/JJ village/NN near/IN Ramallah/NNP ./.
The/DT Israeli/JJ army/NN says/VBZ it/PRP is/VBZ investigating/VBG the/DT attack/NN ,/, but/CC Palestinian/JJ residents/NNS say/VBP soldiers/NNS stood/VBD by/RP as/IN the/DT settlers/NNS rampaged/VBD ./.
Israeli/JJ forces/NNS launched/VBD a/DT large/JJ operation/NN in/IN the/DT Jenin/NNP refugee/NN camp/NN ,/, using/VBG drones/NNS and/CC armoured/JJ bulldozers/NNS ./.
Tens/NNS of/IN thousands/NNS of/IN residents/NNS were/VBD forced/VBN out/IN of/IN the/DT camps/NNS in/IN Jenin/NNP and/CC Tulkarem/NNP ,/, and/CC the/DT army/NN said/VBD they/PRP would/MD not/RB be/VB allowed/VBN to/TO return/VB this/DT year/NN ./.
Palestinian/JJ Authority/NNP security/NN forces/NNS clashed/VBD with/IN gunmen/NNS in/IN Jenin/NNP in/IN December/NNP ,/, leaving/VBG several/JJ people/NNS dead/JJ ./.
In/IN Lebanon/NNP ,/, Israeli/JJ strikes/NNS killed/VBD a/DT senior/JJ Hezbollah/NNP commander/NN in/IN the/DT southern/JJ suburbs/NNS of/IN Beirut/NNP ./.
Hezbollah/NNP vows/VBZ response/NN after/IN commander/NN killed/VBN in/IN Beirut/NNP strike/NN
The/DT group/NN has/VBZ been/VBN weakened/VBN by/IN a/DT war/NN that/WDT killed/VBD its/PRP$ longtime/JJ leader/NN ,/, Hassan/NNP Nasrallah/NNP ,/, and/CC destroyed/VBD much/JJ of/IN its/PRP$ arsenal/NN ./.
Under/IN a/DT ceasefire/NN brokered/VBN by/IN the/DT United/NNP States/NNPS and/CC France/NNP ,/, Israeli/JJ troops/NNS were/VBD supposed/VBN to/TO withdraw/VB from/IN southern/JJ Lebanon/NNP within/IN 60/CD days/NNS ./.
Israel/NNP has/VBZ kept/VBN troops/NNS at/IN five/CD hilltop/NN positions/NNS ,/, arguing/VBG that/IN the/DT Lebanese/JJ army/NN has/VBZ not/RB disarmed/VBN Hezbollah/NNP ./.
Lebanon/NNP 's/POS government/NN has/VBZ ordered/VBN the/DT army/NN to/TO draw/VB up/RP a/DT plan/NN to/TO bring/VB all/DT weapons/NNS under/IN state/NN control/NN by/IN the/DT end/NN of/IN the/DT year/NN ./.
Hezbollah/NNP 's/POS leader/NN ,/, Naim/NNP Qassem/NNP ,/, said/VBD the/DT group/NN would/MD not/RB hand/VB over/RP its/PRP$ arms/NNS while/IN Israel/NNP occupied/VBD Lebanese/JJ land/NN ./.
Thousands/NNS of/IN exploding/VBG pagers/NNS wounded/VBD Hezbollah/NNP members/NNS across/IN Lebanon/NNP in/IN September/NNP 2024/CD in/IN an/DT operation/NN widely/RB attributed/VBN to/TO Israel/NNP ./.
In/IN Syria/NNP ,/, a/DT lightning/NN offensive/NN led/VBN by/IN Hayat/NNP Tahrir/NNP al-Sham/NNP toppled/VBD Bashar/NNP al-Assad/NNP in/IN December/NNP 2024/CD ./.
Assad/NNP flees/VBZ to/TO Moscow/NNP as/IN rebels/NNS enter/VBP Damascus/NNP
Ahmed/NNP al-Sharaa/NNP ,/, who/WP led/VBD the/DT rebel/NN alliance/NN ,/, was/VBD named/VBN interim/JJ president/NN in/IN January/NNP ./.
Western/JJ governments/NNS ,/, which/WDT had/VBD treated/VBN his/PRP$ group/NN as/IN a/DT terrorist/JJ organisation/NN ,/, have/VBP since/RB lifted/VBN many/JJ sanctions/NNS on/IN Syria/NNP ./.
Hundreds/NNS of/IN Alawite/JJ civilians/NNS were/VBD killed/VBN in/IN coastal/JJ areas/NNS in/IN March/NNP after/IN an/DT insurgency/NN by/IN Assad/NNP loyalists/NNS was/VBD crushed/VBN ./.
A/DT government-appointed/JJ committee/NN said/VBD it/PRP had/VBD identified/VBN hundreds/NNS of/IN suspects/NNS ,/, including/VBG members/NNS of/IN the/DT security/NN forces/NNS ./.
Clashes/NNS between/IN Druze/NNP fighters/NNS and/CC Bedouin/JJ tribes/NNS in/IN Sweida/NNP killed/VBD more/JJR than/IN 1,000/CD people/NNS in/IN July/NNP ,/, according/VBG to/TO a/DT monitoring/NN group/NN ./.
Israel/NNP struck/VBD the/DT defence/NN ministry/NN in/IN Damascus/NNP ,/, saying/VBG it/PRP was/VBD protecting/VBG the/DT Druze/NNP minority/NN ./.
The/DT Syrian/NNP Observatory/NNP for/IN Human/NNP Rights/NNPS ,/, a/DT Britain-based/JJ war/NN monitor/NN ,/, relies/VBZ on/IN a/DT network/NN of/IN sources/NNS inside/IN the/DT country/NN ./.
Syrian/JJ Kurds/NNPS sign/VBP deal/NN to/TO merge/VB forces/NNS with/IN Damascus/NNP
The/DT Syrian/NNP Democratic/NNP Forces/NNPS agreed/VBD to/TO integrate/VB their/PRP$ institutions/NNS into/IN the/DT state/NN ,/, though/IN the/DT details/NNS remain/VBP disputed/VBN ./.
Turkey/NNP ,/, which/WDT considers/VBZ the/DT SDF/NNP a/DT terrorist/JJ group/NN ,/, has/VBZ threatened/VBN a/DT new/JJ military/JJ operation/NN in/IN the/DT northeast/NN ./.
Thousands/NNS of/IN foreign/JJ women/NNS and/CC children/NNS linked/VBN to/TO the/DT Islamic/NNP State/NNP are/VBP still/RB held/VBN in/IN al-Hol/NNP camp/NN ./.
Iraq/NNP has/VBZ repatriated/VBN several/JJ thousand/CD of/IN its/PRP$ citizens/NNS from/IN the/DT camp/NN ,/, but/CC many/JJ say/VBP they/PRP fear/VBP reprisals/NNS at/IN home/NN ./.
Gunmen/NNS attacked/VBD an/DT Iraqi/JJ army/NN checkpoint/NN in/IN Kirkuk/NNP province/NN ,/, killing/VBG three/CD soldiers/NNS ,/, security/NN sources/NNS said/VBD ./.
Islamic/NNP State/NNP remnants/NNS still/RB operate/VBP in/IN the/DT deserts/NNS of/IN Anbar/NNP and/CC the/DT mountains/NNS north/RB of/IN Baghdad/NNP ./.
Iraqi/JJ officials/NNS say/VBP the/DT group/NN no/RB longer/RB poses/VBZ a/DT strategic/JJ threat/NN ,/, but/CC it/PRP carries/VBZ out/RP small/JJ ambushes/NNS almost/RB every/DT week/NN ./.
Iran-backed/JJ militias/NNS in/IN Iraq/NNP have/VBP largely/RB halted/VBN attacks/NNS on/IN U.S./NNP troops/NNS since/IN early/JJ 2024/CD ./.
Kataib/NNP Hezbollah/NNP ,/, one/CD of/IN the/DT most/RBS powerful/JJ factions/NNS ,/, said/VBD it/PRP was/VBD suspending/VBG operations/NNS to/TO avoid/VB embarrassing/VBG the/DT Iraqi/JJ government/NN ./.
Drone/NN attack/NN hits/VBZ Kurdistan/NNP oil/NN field/NN ,/, halting/VBG output/NN
Kurdish/JJ authorities/NNS blamed/VBD armed/JJ groups/NNS that/WDT operate/VBP within/IN the/DT Popular/NNP Mobilisation/NNP Forces/NNPS ,/, which/WDT deny/VBP involvement/NN ./.
In/IN Iran/NNP ,/, authorities/NNS executed/VBD more/JJR than/IN 900/CD people/NNS last/JJ year/NN ,/, the/DT highest/JJS number/NN in/IN almost/RB a/DT decade/NN ,/, rights/NNS groups/NNS said/VBD ./.
The/DT wave/NN of/IN executions/NNS followed/VBD the/DT protests/NNS that/WDT erupted/VBD in/IN 2022/CD after/IN the/DT death/NN in/IN custody/NN of/IN Mahsa/NNP Amini/NNP ./.
Security/NN forces/NNS shot/VBD dead/JJ hundreds/NNS of/IN protesters/NNS during/IN the/DT crackdown/NN ,/, and/CC thousands/NNS more/JJR were/VBD arrested/VBN ./.
Iran/NNP hangs/VBZ man/NN convicted/VBN over/IN protest/NN killing/NN of/IN guard/NN
His/PRP$ lawyer/NN said/VBD the/DT confession/NN had/VBD been/VBN extracted/VBN under/IN torture/NN and/CC that/IN the/DT trial/NN lasted/VBD less/JJR than/IN an/DT hour/NN ./.
Israel/NNP and/CC the/DT United/NNP States/NNPS struck/VBD Iranian/JJ nuclear/JJ sites/NNS in/IN June/NNP ,/, and/CC Iran/NNP fired/VBD hundreds/NNS of/IN missiles/NNS at/IN Israeli/JJ cities/NNS ./.
The/DT 12-day/JJ war/NN ended/VBD with/IN a/DT ceasefire/NN announced/VBN by/IN President/NNP Donald/NNP Trump/NNP ./.
Iranian/JJ officials/NNS insist/VBP the/DT country/NN does/VBZ not/RB seek/VB nuclear/JJ weapons/NNS ,/, but/CC they/PRP have/VBP restricted/VBN access/NN for/IN UN/NNP inspectors/NNS ./.
European/JJ powers/NNS triggered/VBD the/DT return/NN of/IN UN/NNP sanctions/NNS after/IN talks/NNS with/IN Tehran/NNP failed/VBD to/TO produce/VB a/DT deal/NN ./.
Tehran/NNP warns/VBZ of/IN response/NN as/IN sanctions/NNS return/VBP
Iran/NNP 's/POS currency/NN fell/VBD to/TO a/DT record/JJ low/NN ,/, and/CC shopkeepers/NNS in/IN Tehran/NNP 's/POS bazaar/NN closed/VBD their/PRP$ stores/NNS in/IN protest/NN ./.
Protests/NNS spread/VBD to/TO several/JJ cities/NNS ,/, where/WRB crowds/NNS chanted/VBD slogans/NNS against/IN the/DT clerical/JJ leadership/NN ./.
Authorities/NNS cut/VBD internet/NN access/NN and/CC deployed/VBD riot/NN police/NNS ,/, witnesses/NNS said/VBD ./.
In/IN Yemen/NNP ,/, the/DT Houthis/NNPS have/VBP attacked/VBN ships/NNS in/IN the/DT Red/NNP Sea/NNP that/WDT they/PRP say/VBP are/VBP linked/VBN to/TO Israel/NNP ./.
Houthis/NNPS claim/VBP missile/NN attack/NN on/IN tanker/NN off/IN Hodeidah/NNP
The/DT group/NN sank/VBD two/CD bulk/NN carriers/NNS in/IN July/NNP and/CC held/VBD several/JJ crew/NN members/NNS ,/, according/VBG to/TO maritime/JJ security/NN firms/NNS ./.
U.S./NNP warplanes/NNS carried/VBD out/RP weeks/NNS of/IN strikes/NNS on/IN Houthi/NNP targets/NNS before/IN Washington/NNP and/CC the/DT group/NN agreed/VBD a/DT truce/NN in/IN May/NNP ./.
Israel/NNP has/VBZ repeatedly/RB bombed/VBN the/DT port/NN of/IN Hodeidah/NNP and/CC Sanaa/NNP airport/NN in/IN response/NN to/TO Houthi/NNP missile/NN launches/NNS ./.
An/DT Israeli/JJ strike/NN killed/VBD the/DT Houthi/NNP prime/JJ minister/NN and/CC several/JJ cabinet/NN ministers/NNS at/IN a/DT meeting/NN in/IN Sanaa/NNP ./.
The/DT Houthis/NNPS detained/VBD dozens/NNS of/IN UN/NNP staff/NN ,/, accusing/VBG them/PRP of/IN spying/VBG ,/, a/DT charge/NN the/DT world/NN body/NN strongly/RB rejects/VBZ ./.
UN/NNP halts/VBZ operations/NNS in/IN Houthi/NNP stronghold/NN after/IN staff/NN detained/VBN
More/JJR than/IN 17/CD million/CD Yemenis/NNPS do/VBP not/RB have/VB enough/JJ food/NN ,/, and/CC funding/NN cuts/NNS have/VBP forced/VBN aid/NN agencies/NNS to/TO reduce/VB rations/NNS ./.
The/DT Saudi-led/JJ coalition/NN ,/, which/WDT intervened/VBD in/IN 2015/CD to/TO restore/VB the/DT internationally/RB recognised/VBN government/NN ,/, has/VBZ largely/RB stopped/VBN its/PRP$ air/NN campaign/NN ./.
Southern/JJ separatists/NNS backed/VBN by/IN the/DT UAE/NNP control/VBP Aden/NNP and/CC much/JJ of/IN the/DT south/NN ./.
Fighting/NN around/IN Marib/NNP ,/, the/DT government/NN 's/POS last/JJ stronghold/NN in/IN the/DT north/NN ,/, has/VBZ killed/VBN thousands/NNS of/IN combatants/NNS ./.
Cholera/NN outbreaks/NNS have/VBP surged/VBN in/IN areas/NNS where/WRB water/NN and/CC sanitation/NN systems/NNS have/VBP collapsed/VBN ./.
In/IN Pakistan/NNP ,/, militants/NNS attacked/VBD a/DT passenger/NN train/NN in/IN Balochistan/NNP and/CC took/VBD hundreds/NNS of/IN people/NNS hostage/NN ./.
Pakistan/NNP army/NN frees/VBZ hostages/NNS after/IN militants/NNS hijack/VBP train/NN
The/DT Baloch/NNP Liberation/NNP Army/NNP ,/, which/WDT seeks/VBZ independence/NN for/IN the/DT province/NN ,/, claimed/VBD responsibility/NN for/IN the/DT hijacking/NN ./.
The/DT army/NN said/VBD 33/CD attackers/NNS were/VBD killed/VBN in/IN the/DT rescue/NN operation/NN ,/, and/CC at/IN least/JJS 26/CD hostages/NNS died/VBD ./.
Islamabad/NNP accuses/VBZ Afghanistan/NNP 's/POS Taliban/NNP government/NN of/IN sheltering/VBG Pakistani/JJ Taliban/NNP fighters/NNS ,/, a/DT charge/NN Kabul/NNP denies/VBZ ./.
The/DT Tehrik-i-Taliban/NNP Pakistan/NNP has/VBZ carried/VBN out/RP a/DT growing/VBG number/NN of/IN attacks/NNS on/IN police/NNS and/CC soldiers/NNS in/IN Khyber/NNP Pakhtunkhwa/NNP ./.
A/DT suicide/NN bomber/NN blew/VBD himself/PRP up/RP at/IN a/DT police/NN checkpoint/NN in/IN Bannu/NNP ,/, killing/VBG five/CD officers/NNS ./.
Pakistan/NNP and/CC Afghanistan/NNP clash/VBP along/IN border/NN as/IN talks/NNS falter/VBP
Pakistani/JJ jets/NNS struck/VBD targets/NNS in/IN Kabul/NNP and/CC Paktika/NNP in/IN October/NNP ,/, and/CC Taliban/NNP forces/NNS attacked/VBD Pakistani/JJ border/NN posts/NNS ./.
Qatar/NNP and/CC Turkey/NNP mediated/VBD a/DT ceasefire/NN ,/, but/CC the/DT two/CD sides/NNS failed/VBD to/TO agree/VB on/IN a/DT mechanism/NN to/TO monitor/VB it/PRP ./.
Pakistan/NNP has/VBZ deported/VBN hundreds/NNS of/IN thousands/NNS of/IN Afghans/NNPS ,/, many/JJ of/IN whom/WP had/VBD lived/VBN in/IN the/DT country/NN for/IN decades/NNS ./.
Returnees/NNS arriving/VBG at/IN the/DT Torkham/NNP crossing/NN said/VBD they/PRP had/VBD been/VBN given/VBN only/RB days/NNS to/TO leave/VB ./.
The/DT Taliban/NNP have/VBP barred/VBN women/NNS from/IN most/JJS jobs/NNS and/CC girls/NNS from/IN secondary/JJ schools/NNS ./.
Taliban/NNP bans/VBZ books/NNS by/IN women/NNS from/IN Afghan/JJ universities/NNS
UN/NNP officials/NNS say/VBP the/DT restrictions/NNS amount/VBP to/TO gender/NN persecution/NN ,/, a/DT crime/NN against/IN humanity/NN ./.
The/DT International/NNP Criminal/NNP Court/NNP issued/VBD arrest/NN warrants/NNS for/IN the/DT Taliban/NNP 's/POS supreme/JJ leader/NN and/CC its/PRP$ chief/JJ justice/NN ./.
An/DT earthquake/NN in/IN eastern/JJ Afghanistan/NNP killed/VBD more/JJR than/IN 2,000/CD people/NNS ,/, and/CC rescuers/NNS struggled/VBD to/TO reach/VB remote/JJ villages/NNS ./.
Aid/NN agencies/NNS said/VBD the/DT disaster/NN would/MD strain/VB a/DT country/NN already/RB facing/VBG deep/JJ cuts/NNS in/IN foreign/JJ assistance/NN ./.
Islamic/NNP State/NNP Khorasan/NNP Province/NNP ,/, the/DT group/NN 's/POS regional/JJ branch/NN ,/, has/VBZ attacked/VBN Shia/JJ mosques/NNS and/CC Taliban/NNP officials/NNS ./.
A/DT suicide/NN bomber/NN killed/VBD the/DT Taliban/NNP refugee/NN minister/NN ,/, Khalil/NNP Haqqani/NNP ,/, inside/IN his/PRP$ ministry/NN in/IN Kabul/NNP ./.
India/NNP and/CC Pakistan/NNP exchanged/VBD fire/NN across/IN the/DT Line/NNP of/IN Control/NNP for/IN four/CD days/NNS in/IN May/NNP after/IN a/DT massacre/NN of/IN tourists/NNS in/IN Kashmir/NNP ./.
India/NNP strikes/VBZ Pakistan/NNP after/IN Kashmir/NNP attack/NN
New/NNP Delhi/NNP said/VBD its/PRP$ missiles/NNS had/VBD hit/VBN camps/NNS used/VBN by/IN militant/JJ groups/NNS ,/, while/IN Islamabad/NNP said/VBD civilians/NNS and/CC mosques/NNS were/VBD struck/VBN ./.
Both/DT countries/NNS claimed/VBD to/TO have/VB shot/VBN down/RP the/DT other/NN 's/POS aircraft/NN ,/, and/CC the/DT claims/NNS could/MD not/RB be/VB confirmed/VBN ./.
A/DT ceasefire/NN announced/VBN on/IN May/NNP 10/CD has/VBZ largely/RB held/VBN ,/, although/IN tensions/NNS remain/VBP high/JJ ./.
In/IN Pakistan/NNP ,/, supporters/NNS of/IN jailed/VBN former/JJ prime/JJ minister/NN Imran/NNP Khan/NNP marched/VBD on/IN Islamabad/NNP demanding/VBG his/PRP$ release/NN ./.
The/DT police/NNS fired/VBD tear/NN gas/NN and/CC rubber/NN bullets/NNS at/IN the/DT marchers/NNS ,/, and/CC the/DT government/NN said/VBD several/JJ security/NN officers/NNS had/VBD been/VBN killed/VBN ./.
Imran/NNP Khan/NNP ,/, who/WP has/VBZ been/VBN in/IN prison/NN since/IN August/NNP 2023/CD ,/, faces/VBZ dozens/NNS of/IN charges/NNS that/WDT his/PRP$ party/NN says/VBZ are/VBP politically/RB motivated/VBN ./.
Khan/NNP party/NN calls/VBZ off/RP protest/NN after/IN deadly/JJ crackdown/NN
In/IN Myanmar/NNP ,/, the/DT military/NN has/VBZ bombed/VBN villages/NNS ,/, schools/NNS and/CC monasteries/NNS across/IN the/DT country/NN since/IN it/PRP seized/VBD power/NN in/IN 2021/CD ./.
A/DT junta/NN airstrike/NN on/IN a/DT school/NN in/IN Sagaing/NNP region/NN killed/VBD at/IN least/JJS 20/CD children/NNS ,/, according/VBG to/TO local/JJ resistance/NN forces/NNS ./.
Myanmar/NNP junta/NN bombs/VBZ school/NN as/IN civil/JJ war/NN grinds/VBZ on/RP
Ethnic/JJ armed/JJ groups/NNS and/CC pro-democracy/JJ militias/NNS now/RB control/VBP large/JJ parts/NNS of/IN the/DT borderlands/NNS ./.
The/DT Arakan/NNP Army/NNP has/VBZ captured/VBN most/JJS of/IN Rakhine/NNP state/NN ,/, and/CC fighting/NN is/VBZ approaching/VBG the/DT state/NN capital/NN ,/, Sittwe/NNP ./.
Rohingya/NNP Muslims/NNPS who/WP remain/VBP in/IN Rakhine/NNP say/VBP they/PRP are/VBP trapped/VBN between/IN the/DT army/NN and/CC the/DT rebels/NNS ./.
More/JJR than/IN a/DT million/CD Rohingya/NNP live/VBP in/IN camps/NNS in/IN Bangladesh/NNP ,/, where/WRB rations/NNS were/VBD cut/VBN after/IN the/DT United/NNP States/NNPS reduced/VBD funding/NN ./.
The/DT junta/NN held/VBD an/DT election/NN in/IN December/NNP that/WDT opposition/NN groups/NNS dismissed/VBD as/IN a/DT sham/NN ./.
Aung/NNP San/NNP Suu/NNP Kyi/NNP ,/, the/DT ousted/VBN civilian/JJ leader/NN ,/, remains/VBZ in/IN detention/NN ,/, and/CC her/PRP$ party/NN has/VBZ been/VBN dissolved/VBN ./.
A/DT powerful/JJ earthquake/NN struck/VBD central/JJ Myanmar/NNP in/IN March/NNP ,/, and/CC the/DT military/NN continued/VBD airstrikes/NNS even/RB as/IN rescuers/NNS searched/VBD for/IN survivors/NNS ./.
China/NNP has/VBZ pressed/VBN ethnic/JJ armies/NNS near/IN its/PRP$ border/NN to/TO halt/VB their/PRP$ offensives/NNS and/CC hand/VB back/RP captured/VBN towns/NNS ./.
The/DT Myanmar/NNP National/NNP Democratic/NNP Alliance/NNP Army/NNP returned/VBD Lashio/NNP to/TO the/DT military/NN after/IN talks/NNS brokered/VBN by/IN Beijing/NNP ./.
Rebels/NNS in/IN Myanmar/NNP say/VBP Chinese/JJ pressure/NN forced/VBD them/PRP into/IN deals/NNS
In/IN Bangladesh/NNP ,/, student-led/JJ protests/NNS forced/VBD Prime/NNP Minister/NNP Sheikh/NNP Hasina/NNP to/TO resign/VB and/CC flee/VB to/TO India/NNP in/IN August/NNP 2024/CD ./.
A/DT UN/NNP report/NN estimated/VBD that/IN as/RB many/JJ as/IN 1,400/CD people/NNS were/VBD killed/VBN during/IN the/DT weeks/NNS of/IN unrest/NN ./.
A/DT court/NN in/IN Dhaka/NNP sentenced/VBD Hasina/NNP to/TO death/NN in/IN absentia/FW for/IN crimes/NNS against/IN humanity/NN ,/, a/DT verdict/NN her/PRP$ party/NN called/VBD a/DT farce/NN ./.
The/DT interim/JJ government/NN ,/, headed/VBN by/IN Nobel/NNP laureate/NN Muhammad/NNP Yunus/NNP ,/, has/VBZ promised/VBN elections/NNS in/IN February/NNP ./.
Gaza/NNP talks/NNS resume/VBP in/IN Cairo/NNP with/IN mediators/NNS pressing/VBG for/IN deal/NN
Egyptian/JJ and/CC Qatari/JJ mediators/NNS shuttled/VBD between/IN the/DT delegations/NNS ,/, which/WDT did/VBD not/RB meet/VB face/NN to/TO face/NN ./.
An/DT Israeli/JJ official/NN said/VBD there/EX had/VBD been/VBN progress/NN ,/, but/CC he/PRP warned/VBD that/IN gaps/NNS remained/VBD on/IN the/DT sequence/NN of/IN the/DT withdrawal/NN ./.
Hamas/NNP said/VBD it/PRP would/MD not/RB disarm/VB until/IN a/DT Palestinian/JJ state/NN had/VBD been/VBN established/VBN ./.
The/DT proposal/NN calls/VBZ for/IN an/DT international/JJ stabilisation/NN force/NN to/TO deploy/VB in/IN Gaza/NNP and/CC for/IN Hamas/NNP to/TO give/VB up/RP its/PRP$ weapons/NNS ./.
Arab/JJ states/NNS have/VBP made/VBN large/JJ pledges/NNS for/IN reconstruction/NN ,/, which/WDT the/DT World/NNP Bank/NNP estimates/VBZ will/MD cost/VB more/JJR than/IN $/$ 50/CD billion/CD ./.
Israeli/JJ tanks/NNS pushed/VBD deeper/RBR into/IN Khan/NNP Younis/NNP ,/, and/CC residents/NNS said/VBD shells/NNS were/VBD landing/VBG near/IN hospitals/NNS ./.
Nasser/NNP hospital/NN has/VBZ run/VBN out/IN of/IN fuel/NN for/IN its/PRP$ generators/NNS ,/, the/DT health/NN ministry/NN said/VBD ./.
Medical/JJ staff/NN said/VBD they/PRP were/VBD treating/VBG patients/NNS on/IN the/DT floor/NN because/IN every/DT bed/NN was/VBD full/JJ ./.
Journalists/NNS killed/VBN in/IN Gaza/NNP strike/NN on/IN hospital/NN
Press/NN freedom/NN groups/NNS say/VBP more/JJR journalists/NNS have/VBP been/VBN killed/VBN in/IN Gaza/NNP than/IN in/IN any/DT other/JJ conflict/NN they/PRP have/VBP tracked/VBN ./.
Israel/NNP does/VBZ not/RB allow/VB foreign/JJ reporters/NNS to/TO enter/VB Gaza/NNP independently/RB ,/, so/IN most/JJS coverage/NN comes/VBZ from/IN Palestinian/JJ journalists/NNS ./.
The/DT Israeli/JJ military/NN said/VBD the/DT strike/NN targeted/VBD a/DT camera/NN that/WDT Hamas/NNP had/VBD been/VBN using/VBG to/TO watch/VB its/PRP$ troops/NNS ./.
Several/JJ countries/NNS ,/, including/VBG France/NNP ,/, Britain/NNP and/CC Canada/NNP ,/, have/VBP recognised/VBN a/DT Palestinian/JJ state/NN ./.
Israel/NNP condemned/VBD the/DT decisions/NNS ,/, saying/VBG they/PRP rewarded/VBD terrorism/NN ./.
In/IN Jordan/NNP ,/, authorities/NNS arrested/VBD members/NNS of/IN a/DT cell/NN that/WDT was/VBD allegedly/RB manufacturing/VBG rockets/NNS and/CC drones/NNS ./.
Jordan/NNP bans/VBZ Muslim/NNP Brotherhood/NNP after/IN plot/NN revealed/VBN
Rallies/NNS against/IN the/DT war/NN in/IN Gaza/NNP have/VBP been/VBN held/VBN in/IN Amman/NNP almost/RB every/DT Friday/NNP ./.
Police/NNS used/VBD batons/NNS to/TO disperse/VB demonstrators/NNS who/WP tried/VBD to/TO march/VB toward/IN the/DT Israeli/JJ embassy/NN ./.
In/IN Iraq/NNP ,/, protesters/NNS angered/VBN by/IN power/NN cuts/NNS blocked/VBD roads/NNS in/IN Basra/NNP and/CC set/VBD tyres/NNS on/IN fire/NN ./.
Summer/NN temperatures/NNS above/IN 50/CD degrees/NNS Celsius/NNP have/VBP made/VBN the/DT outages/NNS unbearable/JJ ,/, residents/NNS said/VBD ./.
The/DT electricity/NN ministry/NN blamed/VBD reduced/VBN gas/NN supplies/NNS from/IN Iran/NNP for/IN the/DT shortages/NNS ./.
Iraqi/JJ Kurdistan/NNP employees/NNS protest/VBP over/IN unpaid/JJ salaries/NNS
Teachers/NNS and/CC civil/JJ servants/NNS in/IN Sulaimaniyah/NNP have/VBP staged/VBN strikes/NNS over/IN salaries/NNS that/WDT have/VBP not/RB been/VBN paid/VBN for/IN months/NNS ./.
The/DT dispute/NN between/IN Baghdad/NNP and/CC Erbil/NNP over/IN oil/NN revenues/NNS has/VBZ delayed/VBN payments/NNS repeatedly/RB ./.
Turkey/NNP 's/POS army/NN has/VBZ conducted/VBN strikes/NNS against/IN PKK/NNP positions/NNS in/IN northern/JJ Iraq/NNP for/IN years/NNS ./.
The/DT PKK/NNP announced/VBD in/IN May/NNP that/IN it/PRP would/MD dissolve/VB itself/PRP and/CC end/VB its/PRP$ armed/JJ struggle/NN against/IN the/DT Turkish/JJ state/NN ./.
PKK/NNP fighters/NNS burn/VBP weapons/NNS in/IN ceremony/NN near/IN Sulaimaniyah/NNP
Turkish/JJ officials/NNS welcomed/VBD the/DT move/NN but/CC said/VBD they/PRP would/MD watch/VB closely/RB to/TO see/VB whether/IN the/DT group/NN fully/RB disarmed/VBD ./.
In/IN Syria/NNP ,/, a/DT suicide/NN bomber/NN attacked/VBD a/DT church/NN in/IN Damascus/NNP during/IN Sunday/NNP mass/NN ,/, killing/VBG 25/CD worshippers/NNS ./.
The/DT interior/NN ministry/NN blamed/VBD the/DT Islamic/NNP State/NNP and/CC said/VBD it/PRP had/VBD arrested/VBN members/NNS of/IN the/DT cell/NN ./.
Christians/NNPS in/IN the/DT capital/NN said/VBD they/PRP no/RB longer/RB feel/VBP safe/JJ ,/, despite/IN assurances/NNS from/IN the/DT new/JJ authorities/NNS ./.
Israeli/JJ troops/NNS have/VBP occupied/VBN a/DT buffer/NN zone/NN in/IN southern/JJ Syria/NNP and/CC carried/VBD out/RP raids/NNS on/IN villages/NNS near/IN Quneitra/NNP ,/, including/VBG a/DT botched/VBN raid/NN in/IN which/WDT a/DT soldier/NN was/VBD wounded/VBN ./.
Syria/NNP 's/POS foreign/JJ minister/NN ,/, Asaad/NNP al-Shaibani/NNP ,/, said/VBD Damascus/NNP was/VBD holding/VBG talks/NNS with/IN Israel/NNP on/IN security/NN arrangements/NNS ./.
Aleppo/NNP residents/NNS return/VBP to/TO neighbourhoods/NNS destroyed/VBN in/IN war/NN
Many/JJ of/IN those/DT who/WP return/VBP find/VBP that/IN their/PRP$ homes/NNS have/VBP been/VBN seized/VBN or/CC reduced/VBN to/TO rubble/NN ./.
The/DT UN/NNP refugee/NN agency/NN said/VBD more/JJR than/IN a/DT million/CD Syrians/NNPS have/VBP returned/VBN from/IN abroad/RB since/IN the/DT fall/NN of/IN the/DT Assad/NNP government/NN ./.
Donors/NNS pledge/VBP billions/NNS for/IN Syria/NNP as/IN sanctions/NNS ease/VBP
Lebanese/JJ soldiers/NNS were/VBD killed/VBN when/WRB a/DT munitions/NNS depot/NN exploded/VBD while/IN they/PRP were/VBD dismantling/VBG it/PRP ,/, the/DT army/NN said/VBD ./.
Israel/NNP carries/VBZ out/RP near-daily/JJ strikes/NNS in/IN southern/JJ Lebanon/NNP ,/, which/WDT it/PRP says/VBZ target/VBP Hezbollah/NNP fighters/NNS and/CC infrastructure/NN ./.
Lebanon/NNP 's/POS president/NN ,/, Joseph/NNP Aoun/NNP ,/, has/VBZ urged/VBN Washington/NNP to/TO press/VB Israel/NNP to/TO stop/VB the/DT attacks/NNS ./.
Villagers/NNS in/IN the/DT south/NN say/VBP they/PRP can/MD not/RB rebuild/VB because/IN Israeli/JJ drones/NNS fire/VBP at/IN anyone/NN who/WP approaches/VBZ the/DT border/NN ./.
In/IN Iran/NNP ,/, a/DT drone/NN attack/NN on/IN a/DT military/JJ facility/NN in/IN Isfahan/NNP caused/VBD minor/JJ damage/NN ,/, state/NN media/NNS reported/VBD ./.
Iranian/JJ police/NNS arrested/VBD dozens/NNS of/IN people/NNS accused/VBN of/IN spying/VBG for/IN Israel/NNP after/IN the/DT June/NNP war/NN ./.
Several/JJ of/IN those/DT convicted/VBN were/VBD executed/VBN within/IN weeks/NNS ,/, according/VBG to/TO Iranian/JJ rights/NNS groups/NNS based/VBN abroad/RB ./.
Iranian/JJ women/NNS defy/VBP headscarf/NN law/NN despite/IN threats/NNS of/IN punishment/NN
The/DT authorities/NNS have/VBP installed/VBN cameras/NNS to/TO identify/VB women/NNS who/WP do/VBP not/RB cover/VB their/PRP$ hair/NN in/IN public/NN ./.
In/IN Pakistan/NNP 's/POS Balochistan/NNP ,/, gunmen/NNS stopped/VBD buses/NNS on/IN a/DT highway/NN ,/, checked/VBD passengers/NNS '/POS identity/NN cards/NNS and/CC shot/VBD those/DT from/IN Punjab/NNP ./.
The/DT killings/NNS drew/VBD condemnation/NN from/IN the/DT government/NN ,/, which/WDT vowed/VBD to/TO hunt/VB down/RP the/DT attackers/NNS ./.
Rights/NNS activists/NNS say/VBP security/NN forces/NNS have/VBP forcibly/RB disappeared/VBN thousands/NNS of/IN Baloch/JJ men/NNS over/IN two/CD decades/NNS ./.
Mahrang/NNP Baloch/NNP ,/, who/WP leads/VBZ a/DT campaign/NN against/IN enforced/VBN disappearances/NNS ,/, was/VBD arrested/VBN in/IN March/NNP ./.
Her/PRP$ supporters/NNS staged/VBD sit-ins/NNS in/IN Quetta/NNP ,/, and/CC police/NNS charged/VBD the/DT crowds/NNS with/IN batons/NNS ./.
Pakistan/NNP blocks/VBZ mobile/JJ internet/NN in/IN Balochistan/NNP amid/IN unrest/NN
In/IN Afghanistan/NNP ,/, the/DT Taliban/NNP publicly/RB flogged/VBD dozens/NNS of/IN people/NNS last/JJ month/NN for/IN crimes/NNS including/VBG theft/NN and/CC adultery/NN ./.
A/DT man/NN convicted/VBN of/IN murder/NN was/VBD executed/VBN in/IN a/DT stadium/NN in/IN Khost/NNP in/IN front/NN of/IN thousands/NNS of/IN spectators/NNS ./.
The/DT UN/NNP mission/NN condemned/VBD the/DT execution/NN and/CC called/VBD on/IN the/DT Taliban/NNP to/TO halt/VB public/JJ punishments/NNS ./.
Afghan/JJ women/NNS who/WP protested/VBD against/IN the/DT restrictions/NNS were/VBD detained/VBN and/CC ,/, in/IN some/DT cases/NNS ,/, beaten/VBN ,/, according/VBG to/TO their/PRP$ relatives/NNS ./.
Kabul/NNP residents/NNS fear/VBP new/JJ wave/NN of/IN deportations/NNS from/IN Iran/NNP
Iran/NNP expelled/VBD more/JJR than/IN a/DT million/CD Afghans/NNPS this/DT year/NN ,/, many/JJ of/IN them/PRP after/IN the/DT war/NN with/IN Israel/NNP ,/, when/WRB officials/NNS accused/VBD some/DT of/IN spying/VBG ./.
The/DT returnees/NNS ,/, who/WP often/RB arrive/VBP with/IN nothing/NN ,/, are/VBP sent/VBN to/TO overcrowded/JJ reception/NN centres/NNS near/IN Herat/NNP ./.
In/IN Myanmar/NNP ,/, resistance/NN fighters/NNS shot/VBD down/RP a/DT military/JJ helicopter/NN in/IN Karenni/NNP state/NN ,/, they/PRP said/VBD in/IN a/DT statement/NN ./.
The/DT military/NN has/VBZ increasingly/RB relied/VBN on/IN drones/NNS and/CC conscription/NN to/TO make/VB up/RP for/IN battlefield/NN losses/NNS ./.
Thousands/NNS of/IN young/JJ men/NNS have/VBP fled/VBN to/TO Thailand/NNP to/TO avoid/VB being/VBG drafted/VBN into/IN the/DT army/NN ./.
Scam/NN centres/NNS run/VBN by/IN criminal/JJ gangs/NNS along/IN the/DT Thai/JJ border/NN have/VBP been/VBN raided/VBN ,/, and/CC hundreds/NNS of/IN foreign/JJ workers/NNS were/VBD freed/VBN ./.
Myanmar/NNP troops/NNS torch/VBP villages/NNS in/IN Sagaing/NNP ,/, residents/NNS say/VBP
Witnesses/NNS said/VBD soldiers/NNS had/VBD burned/VBN more/JJR than/IN 100/CD houses/NNS in/IN a/DT single/JJ village/NN and/CC killed/VBD those/DT who/WP stayed/VBD behind/RB ./.
The/DT shadow/NN National/NNP Unity/NNP Government/NNP says/VBZ its/PRP$ forces/NNS now/RB hold/VBP more/JJR territory/NN than/IN the/DT junta/NN ,/, a/DT claim/NN analysts/NNS consider/VBP exaggerated/VBN ./.
Junta/NN chief/NN Min/NNP Aung/NNP Hlaing/NNP visits/VBZ Beijing/NNP as/IN China/NNP backs/VBZ election/NN plan/NN
In/IN Gaza/NNP ,/, a/DT strike/NN on/IN a/DT tent/NN camp/NN in/IN Mawasi/NNP killed/VBD at/IN least/JJS 19/CD people/NNS ,/, including/VBG women/NNS and/CC children/NNS ./.
The/DT area/NN had/VBD been/VBN designated/VBN a/DT humanitarian/JJ zone/NN by/IN the/DT Israeli/JJ military/NN ,/, which/WDT said/VBD it/PRP was/VBD targeting/VBG militants/NNS ./.
Survivors/NNS said/VBD the/DT bombs/NNS left/VBD craters/NNS several/JJ metres/NNS deep/JJ where/WRB families/NNS had/VBD been/VBN sleeping/VBG ./.
UN/NNP chief/NN demands/VBZ inquiry/NN into/IN killing/NN of/IN aid/NN workers/NNS
Seven/CD staff/NN from/IN World/NNP Central/NNP Kitchen/NNP were/VBD killed/VBN when/WRB their/PRP$ convoy/NN was/VBD hit/VBN by/IN a/DT series/NN of/IN Israeli/JJ drone/NN strikes/NNS ./.
The/DT Israeli/JJ army/NN dismissed/VBD two/CD officers/NNS and/CC said/VBD the/DT strikes/NNS had/VBD been/VBN a/DT grave/JJ mistake/NN ./.
The/DT World/NNP Food/NNP Programme/NNP said/VBD its/PRP$ warehouses/NNS in/IN Gaza/NNP were/VBD empty/JJ and/CC it/PRP could/MD not/RB distribute/VB any/DT more/JJR food/NN ./.
Hopes/NNS of/IN a/DT lasting/JJ truce/NN have/VBP risen/VBN ,/, but/CC diplomats/NNS warn/VBP that/IN the/DT situation/NN remains/VBZ fragile/JJ ,/, and/CC fears/NNS of/IN a/DT wider/JJR war/NN persist/VBP ./.
"/" What/WP we/PRP need/VBP is/VBZ not/RB more/JJR promises/NNS but/CC an/DT end/NN to/TO the/DT fighting/NN ,/, "/" said/VBD a/DT mother/NN of/IN four/CD in/IN Deir/NNP al-Balah/NNP ./.

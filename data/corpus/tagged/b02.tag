Gunmen/NNS attack/VBP church/NN in/IN northern/JJ Burkina/NNP Faso/NNP during/IN Sunday/NNP service/NN
The/DT attack/NN on/IN the/DT church/NN was/VBD the/DT third/JJ in/IN the/DT region/NN this/DT month/NN ,/, local/JJ sources/NNS said/VBD ./.
Ukraine/NNP says/VBZ it/PRP repelled/VBD a/DT Russian/JJ attack/NN on/IN Chasiv/NNP Yar/NNP overnight/RB ./.
A/DT man/NN who/WP attacked/VBD two/CD police/NN officers/NNS with/IN a/DT knife/NN was/VBD shot/VBN dead/JJ ,/, the/DT prosecutor/NN 's/POS office/NN said/VBD ./.
The/DT cyber/NN attacks/NNS disrupted/VBD flights/NNS at/IN four/CD airports/NNS ,/, and/CC officials/NNS blamed/VBD a/DT group/NN linked/VBN to/TO Russian/JJ military/JJ intelligence/NN ./.
Pro-Russian/JJ hackers/NNS attack/VBP government/NN websites/NNS ahead/RB of/IN vote/NN
Nurses/NNS strike/VBP over/IN pay/NN as/IN hospitals/NNS cancel/VBP operations/NNS
The/DT nurses/NNS '/POS strike/NN is/VBZ the/DT first/JJ in/IN the/DT union/NN 's/POS 106-year/JJ history/NN ./.
A/DT missile/NN struck/VBD an/DT apartment/NN building/NN in/IN Dnipro/NNP ,/, killing/VBG at/IN least/JJS 40/CD people/NNS ./.
The/DT strikes/NNS on/IN the/DT port/NN have/VBP damaged/VBN grain/NN silos/NNS and/CC a/DT ferry/NN terminal/NN ./.
The/DT court/NN struck/VBD down/RP the/DT law/NN ,/, saying/VBG it/PRP violated/VBD the/DT right/NN to/TO free/JJ assembly/NN ./.
Security/NN forces/NNS are/VBP striking/VBG back/RB after/IN a/DT string/NN of/IN ambushes/NNS ./.
Students/NNS protesting/VBG against/IN the/DT job/NN quota/NN system/NN were/VBD beaten/VBN by/IN supporters/NNS of/IN the/DT ruling/VBG party/NN ./.
Britain/NNP 's/POS ambassador/NN was/VBD summoned/VBN to/TO receive/VB a/DT formal/JJ protest/NN ./.
The/DT protests/NNS ,/, now/RB in/IN their/PRP$ fourth/JJ week/NN ,/, show/VBP no/DT sign/NN of/IN slowing/VBG ./.
Beijing/NNP protested/VBD the/DT sale/NN and/CC said/VBD it/PRP would/MD take/VB "/" resolute/JJ countermeasures/NNS "/" ./.
Peace/NN talks/NNS collapse/VBP as/IN rebels/NNS walk/VBP out/RP
Talks/NNS between/IN Serbia/NNP and/CC Kosovo/NNP broke/VBD down/RP in/IN Brussels/NNP on/IN Thursday/NNP ./.
He/PRP talked/VBD openly/RB about/IN his/PRP$ years/NNS in/IN prison/NN and/CC the/DT torture/NN he/PRP suffered/VBD there/RB ./.
The/DT leaders/NNS will/MD talk/VB again/RB by/IN phone/NN next/JJ week/NN ,/, the/DT Kremlin/NNP said/VBD ./.
There/EX has/VBZ been/VBN talk/NN of/IN a/DT cabinet/NN reshuffle/NN for/IN months/NNS ./.
Western/JJ governments/NNS are/VBP pressuring/VBG the/DT generals/NNS to/TO hand/VB power/NN back/RB to/TO civilians/NNS ./.
Under/IN pressure/NN from/IN his/PRP$ own/JJ party/NN ,/, the/DT minister/NN resigned/VBD late/RB on/IN Friday/NNP ./.
Rising/VBG food/NN prices/NNS add/VBP to/TO pressures/NNS on/IN poor/JJ households/NNS ./.
Troops/NNS fire/VBP on/IN crowd/NN at/IN funeral/NN ,/, killing/VBG six/CD
The/DT fire/NN ,/, which/WDT started/VBD in/IN a/DT kitchen/NN ,/, spread/VBD quickly/RB to/TO the/DT upper/JJ floors/NNS ./.
Firefighters/NNS battled/VBD wildfires/NNS on/IN three/CD islands/NNS as/IN temperatures/NNS rose/VBD above/IN 40/CD degrees/NNS ./.
The/DT coach/NN was/VBD fired/VBN after/IN the/DT team/NN lost/VBD five/CD matches/NNS in/IN a/DT row/NN ./.
Both/DT sides/NNS accused/VBD each/DT other/JJ of/IN violating/VBG the/DT ceasefire/NN and/CC exchanged/VBD fire/NN along/IN the/DT line/NN of/IN contact/NN ./.
Warships/NNS shell/VBP coastal/JJ villages/NNS as/IN offensive/NN widens/VBZ
Shells/NNS fell/VBD on/IN the/DT market/NN as/IN people/NNS queued/VBD for/IN bread/NN ./.
The/DT town/NN has/VBZ been/VBN shelled/VBN every/DT day/NN since/IN the/DT start/NN of/IN the/DT month/NN ./.
The/DT shelling/NN damaged/VBD a/DT water/NN pumping/NN station/NN ,/, leaving/VBG 50,000/CD people/NNS without/IN water/NN ./.
Investigators/NNS found/VBD shell/NN casings/NNS and/CC blood/NN on/IN the/DT road/NN ./.
Jets/NNS bomb/VBP fuel/NN depots/NNS in/IN the/DT north/NN
Two/CD men/NNS were/VBD arrested/VBN on/IN suspicion/NN of/IN planning/VBG to/TO bomb/VB a/DT concert/NN ./.
The/DT bomb/NN disposal/NN team/NN spent/VBD four/CD hours/NNS making/VBG the/DT device/NN safe/JJ ./.
The/DT hotel/NN was/VBD bombed/VBN twice/RB during/IN the/DT war/NN ./.
Roadside/JJ bombings/NNS have/VBP become/VBN more/RBR frequent/JJ on/IN the/DT roads/NNS around/IN the/DT capital/NN ./.
Ukraine/NNP calls/VBZ on/IN allies/NNS to/TO arm/VB it/PRP faster/RBR
The/DT arms/NNS shipment/NN was/VBD intercepted/VBN off/IN the/DT coast/NN of/IN Yemen/NNP ./.
The/DT man/NN ,/, who/WP was/VBD not/RB armed/JJ ,/, was/VBD shot/VBN three/CD times/NNS ./.
The/DT group/NN has/VBZ been/VBN arming/VBG itself/PRP with/IN weapons/NNS stolen/VBN from/IN army/NN depots/NNS ./.
U.S./NNP forces/NNS carry/VBP out/RP raid/NN in/IN eastern/JJ Syria/NNP
The/DT agreement/NN comes/VBZ into/IN force/NN on/IN January/NNP 1/CD ./.
Thousands/NNS were/VBD forced/VBN to/TO flee/VB when/WRB the/DT dam/NN burst/VBD ./.
The/DT air/NN force/NN said/VBD it/PRP had/VBD lost/VBN two/CD jets/NNS in/IN the/DT operation/NN ./.
Rebels/NNS claim/VBP capture/NN of/IN border/NN town/NN ,/, army/NN denies/VBZ it/PRP
Both/DT sides/NNS claim/VBP the/DT disputed/VBN island/NN ,/, which/WDT lies/VBZ near/IN rich/JJ fishing/NN grounds/NNS ./.
The/DT claim/NN was/VBD dismissed/VBN as/IN propaganda/NN by/IN the/DT Defence/NNP Ministry/NNP ./.
Insurance/NN claims/NNS after/IN the/DT floods/NNS are/VBP expected/VBN to/TO top/VB $/$ 3/CD billion/CD ./.
No/DT group/NN has/VBZ claimed/VBN the/DT kidnapping/NN ./.
The/DT president/NN calls/VBZ snap/JJ election/NN after/IN losing/VBG majority/NN
She/PRP made/VBD several/JJ calls/NNS to/TO regional/JJ leaders/NNS on/IN Sunday/NNP ,/, her/PRP$ office/NN said/VBD ./.
Activists/NNS are/VBP calling/VBG for/IN a/DT boycott/NN of/IN the/DT games/NNS ./.
The/DT call/NN to/TO prayer/NN was/VBD interrupted/VBN by/IN the/DT sound/NN of/IN gunfire/NN ./.
Israel/NNP plans/VBZ to/TO build/VB 3,000/CD new/JJ homes/NNS in/IN West/NNP Bank/NNP settlements/NNS
The/DT plans/NNS were/VBD drawn/VBN up/RP in/IN secret/NN and/CC presented/VBN to/TO the/DT cabinet/NN on/IN Sunday/NNP ./.
We/PRP plan/VBP to/TO reopen/VB the/DT embassy/NN as/RB soon/RB as/IN it/PRP is/VBZ safe/JJ ./.
The/DT attack/NN had/VBD been/VBN planned/VBN in/IN a/DT neighbouring/VBG country/NN ,/, police/NNS said/VBD ./.
Aid/NN groups/NNS say/VBP the/DT new/JJ rules/NNS will/MD make/VB it/PRP harder/JJR to/TO aid/VB civilians/NNS ./.
Foreign/JJ aid/NN makes/VBZ up/RP almost/RB a/DT third/NN of/IN the/DT budget/NN ./.
The/DT driver/NN was/VBD charged/VBN with/IN aiding/VBG and/CC abetting/VBG the/DT escape/NN ./.
He/PRP was/VBD aided/VBN by/IN two/CD prison/NN guards/NNS ,/, investigators/NNS believe/VBP ./.
The/DT state/NN charges/VBZ the/DT activists/NNS with/IN "/" hooliganism/NN "/"
The/DT charges/NNS carry/VBP a/DT maximum/JJ sentence/NN of/IN 15/CD years/NNS ./.
Electric/JJ vehicles/NNS can/MD now/RB charge/VB in/IN under/IN 20/CD minutes/NNS at/IN the/DT new/JJ stations/NNS ./.
Who/WP is/VBZ in/IN charge/NN of/IN the/DT investigation/NN ?/.
Gangs/NNS threaten/VBP to/TO burn/VB down/RP polling/NN stations/NNS
The/DT threats/NNS against/IN judges/NNS have/VBP increased/VBN sharply/RB since/IN the/DT trial/NN began/VBD ./.
The/DT drought/NN is/VBZ threatening/VBG the/DT harvest/NN across/IN much/JJ of/IN southern/JJ Africa/NNP ./.
They/PRP were/VBD threatened/VBN with/IN arrest/NN if/IN they/PRP returned/VBD ./.
Judge/NN orders/VBZ government/NN to/TO restore/VB funding/NN for/IN the/DT programme/NN
The/DT orders/NNS came/VBD directly/RB from/IN the/DT chief/NN of/IN staff/NN ,/, the/DT report/NN said/VBD ./.
Law/NN and/CC order/NN has/VBZ broken/VBN down/RP in/IN parts/NNS of/IN the/DT city/NN ./.
Residents/NNS were/VBD ordered/VBN to/TO stay/VB indoors/RB ./.
The/DT U.S./NNP sanctions/VBZ Chinese/JJ firms/NNS over/IN drone/NN parts/NNS
The/DT new/JJ sanctions/NNS target/VBP the/DT country/NN 's/POS gold/NN and/CC diamond/NN trade/NN ./.
The/DT company/NN was/VBD sanctioned/VBN for/IN shipping/VBG Iranian/JJ oil/NN to/TO Syria/NNP ./.
The/DT EU/NNP warns/VBZ of/IN "/" serious/JJ consequences/NNS "/" if/IN the/DT elections/NNS are/VBP delayed/VBN again/RB
Scientists/NNS have/VBP warned/VBN for/IN years/NNS that/IN the/DT glacier/NN could/MD collapse/VB ./.
Residents/NNS said/VBD there/EX had/VBD been/VBN no/DT warning/NN before/IN the/DT strike/NN ./.
Senators/NNS back/VBP bill/NN to/TO ban/VB the/DT app/NN
Many/JJ of/IN the/DT displaced/VBN families/NNS have/VBP gone/VBN back/RB to/TO their/PRP$ villages/NNS ./.
He/PRP was/VBD shot/VBN in/IN the/DT back/NN while/IN fleeing/VBG ./.
The/DT plan/NN is/VBZ backed/VBN by/IN Egypt/NNP ,/, Jordan/NNP and/CC the/DT Gulf/NNP states/NNS ./.
The/DT Indian/JJ prime/JJ minister/NN visits/VBZ Moscow/NNP for/IN the/DT first/JJ time/NN since/IN the/DT invasion/NN
During/IN the/DT visit/NN ,/, the/DT two/CD leaders/NNS signed/VBD agreements/NNS on/IN energy/NN and/CC trade/NN ./.
Inspectors/NNS will/MD visit/VB the/DT plant/NN next/JJ week/NN ,/, the/DT agency/NN said/VBD ./.
Allies/NNS pledge/VBP support/NN for/IN Kyiv/NNP "/" for/IN as/RB long/RB as/IN it/PRP takes/VBZ "/"
France/NNP supports/VBZ the/DT proposal/NN ,/, but/CC Germany/NNP and/CC Italy/NNP have/VBP doubts/NNS ./.
The/DT party/NN 's/POS support/NN has/VBZ risen/VBN to/TO 22/CD percent/NN ,/, its/PRP$ highest/JJS level/NN ever/RB ./.
The/DT troops/NNS were/VBD supported/VBN by/IN helicopters/NNS and/CC drones/NNS ./.
The/DT general/NN who/WP leads/VBZ the/DT junta/NN has/VBZ promised/VBN elections/NNS in/IN 2026/CD ./.
Lead/NN levels/NNS in/IN the/DT water/NN were/VBD ten/CD times/NNS the/DT legal/JJ limit/NN ./.
Clues/NNS that/WDT could/MD lead/VB to/TO the/DT killers/NNS were/VBD ignored/VBN ,/, the/DT family/NN 's/POS lawyer/NN said/VBD ./.
The/DT two/CD parties/NNS lead/VBP in/IN the/DT polls/NNS ,/, with/IN the/DT far-right/JJ party/NN in/IN third/JJ place/NN ./.
Norway/NNP took/VBD the/DT lead/NN in/IN the/DT 21st/JJ minute/NN ./.
Parliament/NNP rules/VBZ against/IN extending/VBG state/NN of/IN emergency/NN
The/DT king/NN ruled/VBD by/IN decree/NN for/IN two/CD years/NNS ./.
The/DT company/NN broke/VBD no/DT rules/NNS ,/, the/DT regulator/NN found/VBD ./.
Colonial/JJ rule/NN ended/VBD in/IN 1962/CD ./.
Opposition/NN demands/VBZ recount/NN in/IN three/CD provinces/NNS
Unions/NNS demand/VBP a/DT 15/CD percent/NN pay/NN rise/NN to/TO make/VB up/RP for/IN inflation/NN ./.
The/DT demands/NNS were/VBD rejected/VBN by/IN the/DT military/NN council/NN ./.
Demand/NN for/IN oil/NN is/VBZ expected/VBN to/TO peak/VB before/IN 2030/CD ./.
Moscow/NNP offers/VBZ to/TO mediate/VB between/IN Baku/NNP and/CC Yerevan/NNP
The/DT offer/NN of/IN talks/NNS was/VBD welcomed/VBN in/IN Washington/NNP but/CC met/VBN with/IN suspicion/NN in/IN Kyiv/NNP ./.
The/DT government/NN offered/VBD an/DT amnesty/NN to/TO fighters/NNS who/WP surrendered/VBD their/PRP$ weapons/NNS ./.
Families/NNS appeal/VBP for/IN news/NN of/IN missing/JJ sailors/NNS
His/PRP$ lawyers/NNS said/VBD they/PRP would/MD appeal/VB the/DT verdict/NN ./.
The/DT appeal/NN will/MD be/VB heard/VBN by/IN the/DT Supreme/NNP Court/NNP in/IN the/DT spring/NN ./.
The/DT minister/NN appealed/VBD to/TO young/JJ men/NNS not/RB to/TO join/VB the/DT militia/NN ./.
Israeli/JJ troops/NNS raid/VBP Jenin/NNP refugee/NN camp/NN
The/DT raid/NN on/IN the/DT camp/NN lasted/VBD 48/CD hours/NNS and/CC left/VBD 12/CD Palestinians/NNPS dead/JJ ./.
Tax/NN inspectors/NNS raided/VBD the/DT broadcaster/NN 's/POS offices/NNS in/IN Delhi/NNP and/CC Mumbai/NNP ./.
Protesters/NNS marched/VBD from/IN the/DT university/NN to/TO the/DT parliament/NN building/NN ,/, chanting/VBG slogans/NNS against/IN the/DT army/NN ./.
Climate/NN activists/NNS march/VBP through/IN Berlin/NNP ahead/RB of/IN summit/NN
The/DT marches/NNS were/VBD organised/VBN by/IN a/DT coalition/NN of/IN unions/NNS and/CC student/NN groups/NNS ./.
The/DT army/NN marched/VBD into/IN the/DT capital/NN on/IN the/DT morning/NN of/IN June/NNP 3/CD ./.
Thousands/NNS rally/VBP in/IN Belgrade/NNP against/IN lithium/NN mine/NN
The/DT currency/NN rallied/VBD after/IN the/DT central/JJ bank/NN raised/VBD interest/NN rates/NNS ./.
Police/NNS broke/VBD up/RP a/DT rally/NN of/IN about/RB 300/CD people/NNS outside/IN the/DT courthouse/NN ./.
Junta/NN releases/VBZ former/JJ president/NN from/IN house/NN arrest/NN
The/DT hostages/NNS were/VBD released/VBN on/IN Saturday/NNP and/CC flown/VBN to/TO Cairo/NNP ./.
The/DT releases/NNS were/VBD part/NN of/IN a/DT deal/NN that/WDT also/RB freed/VBD 240/CD prisoners/NNS ./.
Mexican/JJ police/NNS report/VBP sharp/JJ rise/NN in/IN kidnappings/NNS
The/DT report/NN ,/, which/WDT was/VBD leaked/VBN to/TO a/DT newspaper/NN ,/, blames/VBZ poor/JJ planning/NN for/IN the/DT disaster/NN ./.
Several/JJ reporters/NNS were/VBD detained/VBN while/IN covering/VBG the/DT protest/NN ./.
Officials/NNS have/VBP reported/VBN 340/CD cases/NNS of/IN cholera/NN since/IN August/NNP ./.
Soldiers/NNS fight/VBP street/NN by/IN street/NN for/IN control/NN of/IN Bakhmut/NNP
The/DT fight/NN against/IN corruption/NN is/VBZ a/DT condition/NN for/IN joining/VBG the/DT EU/NNP ./.
Many/JJ of/IN the/DT fighters/NNS had/VBD fought/VBN in/IN Syria/NNP before/IN coming/VBG to/TO Libya/NNP ./.
Fighting/NN broke/VBD out/RP again/RB on/IN Tuesday/NNP ,/, hours/NNS after/IN the/DT truce/NN began/VBD ./.
Rival/JJ supporters/NNS clash/VBP outside/IN the/DT stadium/NN ahead/RB of/IN the/DT final/NN
The/DT clash/NN left/VBD two/CD people/NNS dead/JJ and/CC dozens/NNS injured/VBN ./.
The/DT two/CD ministers/NNS clashed/VBD over/IN spending/NN at/IN a/DT tense/JJ cabinet/NN meeting/NN ./.
There/EX were/VBD sporadic/JJ clashes/NNS in/IN the/DT south/NN overnight/RB ,/, but/CC the/DT truce/NN largely/RB held/VBD ./.
Ministers/NNS deal/VBP with/IN fallout/NN from/IN leaked/VBN memo/NN
The/DT trade/NN deal/NN will/MD cut/VB tariffs/NNS on/IN beef/NN ,/, wine/NN and/CC cars/NNS ./.
The/DT government/NN has/VBZ dealt/VBN harshly/RB with/IN dissent/NN ./.
Voters/NNS go/VBP to/TO the/DT polls/NNS on/IN Sunday/NNP in/IN an/DT election/NN that/WDT is/VBZ too/RB close/JJ to/TO call/VB ./.
The/DT Senate/NNP votes/VBZ on/IN the/DT bill/NN on/IN Thursday/NNP ./.
With/IN 95/CD percent/NN of/IN votes/NNS counted/VBN ,/, the/DT incumbent/NN had/VBD 52/CD percent/NN ./.
Voting/NN was/VBD extended/VBN by/IN two/CD hours/NNS because/IN of/IN long/JJ queues/NNS ./.
Who/WP controls/VBZ the/DT territory/NN now/RB ?/.
The/DT rebels/NNS have/VBP controlled/VBN the/DT town/NN since/IN 2021/CD ./.
Border/NN controls/NNS were/VBD reintroduced/VBN on/IN Monday/NNP ./.
The/DT fire/NN is/VBZ now/RB under/IN control/NN ,/, officials/NNS said/VBD ./.
The/DT government/NN banned/VBD the/DT film/NN and/CC ordered/VBD copies/NNS to/TO be/VB destroyed/VBN ./.
Doping/NN bans/NNS for/IN three/CD athletes/NNS were/VBD upheld/VBN by/IN the/DT court/NN ./.
The/DT city/NN bans/VBZ cars/NNS from/IN the/DT centre/NN on/IN Sundays/NNPS ./.
Senate/NNP Republicans/NNPS block/VBP bill/NN on/IN border/NN security/NN
The/DT fire/NN destroyed/VBD an/DT entire/JJ block/NN of/IN shops/NNS near/IN the/DT market/NN ./.
Troops/NNS blocked/VBD access/NN to/TO the/DT square/NN ,/, and/CC journalists/NNS were/VBD turned/VBN back/RB ./.
The/DT drones/NNS targeted/VBD an/DT airfield/NN deep/RB inside/IN Russia/NNP ./.
Polling/NN stations/NNS were/VBD a/DT target/NN for/IN militants/NNS during/IN the/DT last/JJ election/NN ./.
Ministers/NNS target/VBP zero/CD deficit/NN by/IN 2027/CD
The/DT rebels/NNS court/VBP local/JJ tribes/NNS with/IN money/NN and/CC promises/NNS of/IN power/NN ./.
A/DT military/JJ court/NN sentenced/VBD 23/CD soldiers/NNS to/TO death/NN for/IN fleeing/VBG the/DT battlefield/NN ./.
The/DT court/NN heard/VBD that/IN the/DT defendant/NN had/VBD sent/VBN threatening/VBG messages/NNS to/TO the/DT victim/NN ./.
Saudi/NNP Arabia/NNP will/MD host/VB the/DT summit/NN in/IN November/NNP ./.
The/DT host/NN country/NN won/VBD the/DT opening/VBG match/NN 2-0/CD ./.
A/DT host/NN of/IN problems/NNS has/VBZ delayed/VBN the/DT project/NN ./.
The/DT head/NN of/IN the/DT militia/NN was/VBD killed/VBN in/IN an/DT Israeli/JJ strike/NN on/IN Beirut/NNP 's/POS southern/JJ suburbs/NNS ./.
The/DT defence/NN secretary/NN heads/VBZ to/TO Asia/NNP this/DT week/NN ./.
The/DT delegation/NN is/VBZ headed/VBN by/IN the/DT deputy/NN foreign/JJ minister/NN ./.
Israel/NNP faces/VBZ growing/VBG isolation/NN over/IN Gaza/NNP war/NN
The/DT migrants/NNS face/VBP deportation/NN if/IN their/PRP$ claims/NNS are/VBP rejected/VBN ./.
The/DT regime/NN has/VBZ faced/VBN protests/NNS before/RB but/CC never/RB on/IN this/DT scale/NN ./.
Sales/NNS marked/VBD their/PRP$ biggest/JJS rise/NN in/IN two/CD years/NNS ./.
The/DT two/CD countries/NNS mark/VBP 75/CD years/NNS of/IN diplomatic/JJ ties/NNS
Moscow/NNP moves/VBZ to/TO block/VB messaging/NN apps/NNS
The/DT move/NN was/VBD condemned/VBN by/IN rights/NNS groups/NNS ./.
The/DT prisoners/NNS were/VBD moved/VBN to/TO another/DT jail/NN for/IN their/PRP$ own/JJ safety/NN ./.
They/PRP need/VBP food/NN ,/, water/NN and/CC shelter/NN ,/, and/CC they/PRP need/VBP them/PRP now/RB ./.
The/DT need/NN for/IN blood/NN donors/NNS is/VBZ urgent/JJ ,/, the/DT hospital/NN said/VBD ./.
Candidates/NNS promise/VBP jobs/NNS ,/, but/CC voters/NNS are/VBP skeptical/JJ
He/PRP broke/VBD his/PRP$ promise/NN not/RB to/TO raise/VB taxes/NNS ./.
Factories/NNS cut/VBP output/NN as/IN energy/NN costs/NNS soar/VBP
Power/NN cuts/NNS lasted/VBD up/IN to/TO 12/CD hours/NNS a/DT day/NN last/JJ winter/NN ./.
The/DT road/NN has/VBZ been/VBN cut/VBN by/IN floods/NNS in/IN at/IN least/JJS three/CD places/NNS ./.
The/DT arrests/NNS sparked/VBD a/DT week/NN of/IN riots/NNS in/IN the/DT suburbs/NNS of/IN Paris/NNP ./.
Sparks/NNS from/IN a/DT power/NN line/NN may/MD have/VB started/VBN the/DT fire/NN ./.
Strikes/NNS end/VBP as/IN union/NN accepts/VBZ offer/NN
They/PRP vowed/VBD to/TO fight/VB to/TO the/DT end/NN ./.
The/DT truce/NN ended/VBD at/IN dawn/NN on/IN Friday/NNP ./.
The/DT offensive/NN pushes/VBZ deeper/RBR into/IN the/DT Kursk/NNP region/NN
The/DT government/NN pushed/VBD the/DT bill/NN through/IN parliament/NN in/IN a/DT single/JJ day/NN ./.
The/DT push/NN for/IN reform/NN has/VBZ lost/VBN momentum/NN ./.
Floods/NNS hit/VBP northern/JJ Italy/NNP for/IN second/JJ time/NN in/IN a/DT month/NN
Tourism/NN has/VBZ been/VBN hit/VBN hard/RB by/IN the/DT conflict/NN ./.
Sales/NNS of/IN the/DT drug/NN hit/VBD a/DT record/NN $/$ 18/CD billion/CD last/JJ year/NN ./.
The/DT junta/NN lifts/VBZ ban/NN on/IN political/JJ parties/NNS
The/DT decision/NN to/TO lift/VB the/DT embargo/NN was/VBD taken/VBN unanimously/RB ./.
Rebels/NNS seized/VBD the/DT airport/NN and/CC the/DT state/NN broadcaster/NN within/IN hours/NNS ./.
The/DT ship/NN was/VBD seized/VBN in/IN the/DT Strait/NNP of/IN Hormuz/NNP ./.
The/DT killing/NN of/IN the/DT activist/NN has/VBZ not/RB been/VBN solved/VBN ./.
Mobs/NNS have/VBP been/VBN killing/VBG suspected/VBN thieves/NNS in/IN several/JJ towns/NNS ./.
They/PRP accused/VBD the/DT police/NNS of/IN bombing/VBG their/PRP$ own/JJ headquarters/NN to/TO justify/VB a/DT crackdown/NN ./.
